package nl.ijw.gateway.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Only with the message journal on ({@code ijw.journaal.actief}, the default). The beans that read or
 * write the journal carry it, so with the journal off they do not exist: anything that would still
 * reach the journal fails at start-up instead of quietly writing to it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnProperty(prefix = "ijw.journaal", name = "actief", havingValue = "true", matchIfMissing = true)
public @interface JournaalActief {
}
