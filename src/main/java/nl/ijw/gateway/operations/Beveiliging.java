package nl.ijw.gateway.operations;

import nl.ijw.gateway.access.BrokerGebruikers;
import nl.ijw.gateway.config.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Who may do what. Operators sign in: in the console with a form (a session, so every change carries
 * the session's CSRF token), from scripts with HTTP Basic on every request. The API never answers
 * with a Basic challenge, so a browser never keeps Basic credentials that another site could make it
 * send; a request that brings its own Authorization header therefore needs no CSRF token.
 *
 * <p>A party's software signs in with HTTP Basic as on the broker (its broker user): it may submit
 * messages, run the dry run and track its own messages (see JournaalController). An operator may
 * submit too (a BEHEERDER); a submission by a party carries the party's name, so its Afzender is
 * checked as on the broker. Health is open for load balancers; its details are not.
 */
@Configuration(proxyBeanMethods = false)
public class Beveiliging {

    static final String CONSOLE = "/beheer/";
    static final String INLOGGEN = "/beheer/inloggen.html";

    @Bean
    PasswordEncoder wachtwoorden() {
        return Beheerders.wachtwoorden();
    }

    /** Operators first, then the parties' software (the broker's party users, with the same password). */
    @Bean
    UserDetailsService beheerders(GatewayProperties properties, BrokerGebruikers partijen) {
        InMemoryUserDetailsManager beheerders = new InMemoryUserDetailsManager(Beheerders.uit(properties));
        return naam -> beheerders.userExists(naam) ? beheerders.loadUserByUsername(naam)
                : partijen.alsHttpPartij(naam).orElseThrow(() -> new UsernameNotFoundException("onbekend"));
    }

    @Bean
    SecurityFilterChain toegangsregels(HttpSecurity http) throws Exception {
        String beheerder = Beheerders.BEHEERDER;
        String lezer = Beheerders.LEZER;
        String partij = BrokerGebruikers.ROL_PARTIJ;
        http.authorizeHttpRequests(toegang -> toegang
                        .requestMatchers("/", INLOGGEN, "/beheer/stijl.css", "/api/v1/beheer/csrf", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/berichten").hasAnyRole(partij, beheerder)
                        .requestMatchers(HttpMethod.POST, "/api/v1/validatie").hasAnyRole(partij, beheerder, lezer)
                        .requestMatchers(HttpMethod.GET, "/api/v1/berichten", "/api/v1/berichten/*").hasAnyRole(partij, beheerder, lezer)
                        .requestMatchers(HttpMethod.POST, "/api/v1/regios/validatie").hasAnyRole(beheerder, lezer)
                        .requestMatchers(HttpMethod.POST, "/api/v1/dlq/**", "/api/v1/regios/**", "/api/v1/referentielijsten/**")
                        .hasRole(beheerder)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/dlq/**").hasRole(beheerder)
                        // Names every broker user and its parties: operators who set up the broker only.
                        .requestMatchers("/api/v1/broker/**").hasRole(beheerder)
                        .anyRequest().hasAnyRole(beheerder, lezer))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .formLogin(formulier -> formulier.loginPage(INLOGGEN).loginProcessingUrl("/beheer/inloggen")
                        .defaultSuccessUrl(CONSOLE, true).failureUrl(INLOGGEN + "?fout").permitAll())
                .logout(uit -> uit.logoutUrl("/beheer/uitloggen").logoutSuccessUrl(INLOGGEN + "?uit"))
                .exceptionHandling(fout -> fout
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(INLOGGEN),
                                new AntPathRequestMatcher("/beheer/**"))
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                new AntPathRequestMatcher("/**")))
                .csrf(csrf -> csrf
                        // The console reads the token from /api/v1/beheer/ik and sends it as is.
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null)
                        .ignoringRequestMatchers(new AntPathRequestMatcher("/api/v1/berichten", "POST"),
                                new AntPathRequestMatcher("/api/v1/validatie", "POST")));
        return http.build();
    }
}
