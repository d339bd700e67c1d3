// The operator console: plain DOM, no build step. Everything shown comes from the gateway's own API;
// text is always set as text (never as HTML), because message content and reasons come from outside.
'use strict';

let ik = null;

function el(tag, eigenschappen, ...kinderen) {
  const e = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(eigenschappen || {})) {
    if (naam === 'klik') e.addEventListener('click', waarde);
    else if (naam === 'klasse') e.className = waarde;
    else e.setAttribute(naam, waarde);
  }
  for (const kind of kinderen.flat()) {
    if (kind !== null && kind !== undefined) e.append(kind instanceof Node ? kind : String(kind));
  }
  return e;
}

function tijd(iso) {
  return iso ? new Date(iso).toLocaleString('nl-NL', {dateStyle: 'short', timeStyle: 'medium'}) : '';
}

function meld(tekst, soort) {
  const m = document.getElementById('melding');
  m.className = 'melding ' + (soort || 'goed');
  m.textContent = tekst;
}

async function api(pad, opties = {}) {
  const kop = {'Accept': 'application/json'};
  if (opties.body !== undefined) kop['Content-Type'] = 'application/json';
  if (opties.method && opties.method !== 'GET' && ik) kop[ik.csrf.header] = ik.csrf.token;
  const antwoord = await fetch(pad, {
    method: opties.method || 'GET', headers: kop, credentials: 'same-origin',
    body: opties.body === undefined ? undefined : JSON.stringify(opties.body)
  });
  if (antwoord.status === 401) {
    location.href = '/beheer/inloggen.html';
    throw new Error('niet aangemeld');
  }
  const tekst = await antwoord.text();
  const inhoud = tekst ? JSON.parse(tekst) : null;
  return {status: antwoord.status, inhoud};
}

function bevestig(vraag) {
  const dialoog = document.getElementById('bevestig');
  document.getElementById('bevestigVraag').textContent = vraag;
  return new Promise(klaar => {
    dialoog.addEventListener('close', () => klaar(dialoog.returnValue === 'ja'), {once: true});
    dialoog.showModal();
  });
}

function isBeheerder() {
  return ik && ik.rollen.includes('BEHEERDER');
}

// ---- navigation ----------------------------------------------------------------------------------

function toon(scherm) {
  for (const knop of document.querySelectorAll('header nav button')) {
    if (knop.dataset.scherm === scherm) knop.setAttribute('aria-current', 'page');
    else knop.removeAttribute('aria-current');
  }
  for (const sectie of document.querySelectorAll('main > section')) sectie.hidden = sectie.id !== scherm;
  if (scherm === 'overzicht') laadOverzicht();
  if (scherm === 'dodeletters') laadDodeLetters();
}

// ---- overview ------------------------------------------------------------------------------------

async function laadOverzicht() {
  const [alarmen, wachtrijen, verkeer, teLaat] = await Promise.all([
    api('/api/v1/beheer/alarmen'), api('/api/v1/beheer/wachtrijen'), api('/api/v1/beheer/verkeer'),
    api('/api/v1/berichten?status=RETOUR_TE_LAAT&grootte=200')]);
  const alarmVak = document.getElementById('alarmen');
  alarmVak.replaceChildren(alarmen.inhoud.length === 0
    ? el('p', {klasse: 'rustig'}, 'Geen actieve alarmen.')
    : el('ul', {}, alarmen.inhoud.map(a => el('li', {klasse: 'alarm'}, a.naam + ': ' + a.toelichting + ' (sinds ' + tijd(a.sinds) + ')'))));
  document.getElementById('teLaat').textContent = teLaat.inhoud.berichten.length === 200 ? '200 of meer' : teLaat.inhoud.berichten.length;
  const stand = wachtrijen.inhoud;
  document.getElementById('wachtrijenGelezen').textContent = stand.fout
    ? 'Laatste lezing mislukt: ' + stand.fout : 'Gelezen om ' + tijd(stand.gelezenOp);
  document.querySelector('#wachtrijen tbody').replaceChildren(...stand.wachtrijen.map(w => el('tr', {},
    el('td', {}, w.naam), el('td', {klasse: 'getal'}, w.berichten), el('td', {klasse: 'getal'}, w.afnemers),
    el('td', {klasse: 'getal'}, w.afgenomen))));
  const vakken = [];
  for (let i = 0; i < verkeer.inhoud.length; i += 5) {
    const minuten = verkeer.inhoud.slice(i, i + 5);
    const som = naam => minuten.reduce((t, m) => t + (m.aantallen[naam] || 0), 0);
    const totaal = Object.keys(minuten[0].aantallen).reduce((t, naam) => t + som(naam), 0);
    vakken.push({van: minuten[0].van, totaal, geaccepteerd: som('GEACCEPTEERD'), afgekeurd: som('AFGEKEURD'),
      dood: som('ONBESTELBAAR')});
  }
  const hoogste = Math.max(1, ...vakken.map(v => v.totaal));
  document.querySelector('#verkeer tbody').replaceChildren(...vakken.map(v => el('tr', {},
    el('td', {}, new Date(v.van).toLocaleTimeString('nl-NL', {timeStyle: 'short'})),
    el('td', {klasse: 'getal'}, v.totaal), el('td', {klasse: 'getal'}, v.geaccepteerd),
    el('td', {klasse: 'getal'}, v.afgekeurd), el('td', {klasse: 'getal'}, v.dood),
    el('td', {klasse: 'getal'}, v.totaal === 0 ? '–' : (100 * (v.afgekeurd + v.dood) / v.totaal).toFixed(1)),
    el('td', {style: 'width: 30%'}, el('div', {klasse: 'staaf', style: 'width: ' + (100 * v.totaal / hoogste) + '%'})))));
}

// ---- dead letters --------------------------------------------------------------------------------

function filterVan(formulier) {
  const filter = {};
  for (const [naam, waarde] of new FormData(formulier).entries()) {
    if (waarde === '') continue;
    filter[naam] = (naam === 'van' || naam === 'tot') ? new Date(waarde).toISOString() : waarde;
  }
  return filter;
}

async function laadDodeLetters() {
  const filter = filterVan(document.getElementById('dlqFilter'));
  const {inhoud} = await api('/api/v1/dlq?grootte=200&' + new URLSearchParams(filter));
  document.getElementById('dlqAantal').textContent = inhoud.totaal + ' dode letters' + (inhoud.afgekapt ? ' (de wachtrij is niet helemaal gelezen)' : '')
    + (inhoud.totaal > inhoud.dodeLetters.length ? '; de nieuwste ' + inhoud.dodeLetters.length + ' staan hier' : '');
  document.querySelector('#dlqLijst tbody').replaceChildren(...inhoud.dodeLetters.map(d => el('tr', {'data-id': d.id, 'data-bericht': d.berichtId},
    el('td', {}, tijd(d.tijdstip)), el('td', {klasse: 'reden'}, d.reden), el('td', {}, d.berichttype || ''),
    el('td', {}, d.afzender || ''), el('td', {}, d.ontvanger || ''), el('td', {}, d.herkomst),
    el('td', {}, (d.melding || '').length > 140 ? d.melding.slice(0, 140) + '…' : d.melding),
    el('td', {klasse: 'acties'},
      el('button', {klasse: 'tweede', type: 'button', klik: () => toonDodeLetter(d.id)}, 'Details'),
      isBeheerder() ? el('button', {type: 'button', klasse: 'opnieuw', klik: () => heraanbied(d)}, 'Opnieuw aanbieden') : null,
      isBeheerder() ? el('button', {type: 'button', klasse: 'gevaar verwijder', klik: () => verwijder(d)}, 'Verwijderen') : null))));
}

async function toonDodeLetter(id) {
  const {status, inhoud} = await api('/api/v1/dlq/' + encodeURIComponent(id));
  const vak = document.getElementById('dlqDetails');
  if (status !== 200) {
    meld('Deze dode letter is er niet (meer).', 'fout');
    return;
  }
  const d = inhoud.dodeLetter;
  const bevindingen = inhoud.validatie ? inhoud.validatie.bevindingen : [];
  vak.replaceChildren(...[
    el('h3', {}, 'Dode letter ' + d.id),
    el('dl', {klasse: 'velden'},
      el('dt', {}, 'Reden'), el('dd', {klasse: 'reden'}, d.reden),
      el('dt', {}, 'Melding'), el('dd', {}, d.melding || ''),
      el('dt', {}, 'Bericht'), el('dd', {}, el('a', {href: '#', klik: e => { e.preventDefault(); toon('berichten'); toonBericht(d.berichtId); }}, d.berichtId)),
      el('dt', {}, 'Herkomst'), el('dd', {}, d.herkomst),
      el('dt', {}, 'Grootte'), el('dd', {}, d.grootte + ' bytes')),
    el('h3', {}, 'Bevindingen bij validatie nu'),
    !inhoud.validatie ? el('p', {}, 'Geen inhoud om te valideren.')
      : inhoud.validatie.geldig ? el('p', {klasse: 'rustig'}, 'Het bericht is nu geldig: opnieuw aanbieden zal het verwerken.')
      : el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Regel'), el('th', {}, 'Retourcode'), el('th', {}, 'Locatie'), el('th', {}, 'Melding'))),
        el('tbody', {}, bevindingen.map(b => el('tr', {}, el('td', {}, b.regel), el('td', {}, b.retourcode || ''), el('td', {}, b.locatie || ''), el('td', {}, b.melding))))),
    el('h3', {}, 'Eigenschappen'),
    el('table', {}, el('tbody', {}, Object.entries(inhoud.eigenschappen).map(([k, v]) => el('tr', {}, el('td', {}, k), el('td', {}, String(v)))))),
    inhoud.journaal ? el('h3', {}, 'Statusgeschiedenis') : null,
    inhoud.journaal ? statussen(inhoud.journaal.statussen) : null,
    el('h3', {}, 'Inhoud'),
    inhoud.inhoud === undefined ? el('p', {klasse: 'klein'}, 'Alleen beheerders zien de inhoud.')
      : el('pre', {id: 'dlqInhoud'}, inhoud.inhoudCodering === 'base64' ? '(base64) ' + inhoud.inhoud : inhoud.inhoud)]
    .filter(deel => deel !== null));
  vak.hidden = false;
  vak.scrollIntoView();
}

async function heraanbied(d) {
  if (!await bevestig('Dode letter ' + d.id + ' (' + d.reden + ') opnieuw aanbieden?')) return;
  const {status, inhoud} = await api('/api/v1/dlq/' + encodeURIComponent(d.id) + '/opnieuw', {method: 'POST'});
  if (status === 200) {
    meld(inhoud.soort === 'OPNIEUW_AANGEBODEN' ? 'Opnieuw aangeboden als bericht ' + inhoud.nieuwBerichtId + '.'
      : inhoud.soort === 'OPNIEUW_VERSTUURD' ? 'Opnieuw verstuurd zoals vastgelegd; ' + inhoud.alAfgeleverd + ' waren al afgeleverd.'
      : 'Teruggezet op ' + inhoud.bestemming + '.');
  } else {
    meld('Niet gevonden: al opnieuw aangeboden of verwijderd?', 'fout');
  }
  document.getElementById('dlqDetails').hidden = true;
  laadDodeLetters();
}

async function verwijder(d) {
  if (!await bevestig('Dode letter ' + d.id + ' definitief verwijderen? Dit kan niet ongedaan worden gemaakt.')) return;
  const {status} = await api('/api/v1/dlq/' + encodeURIComponent(d.id), {method: 'DELETE'});
  meld(status === 204 ? 'Verwijderd.' : 'Niet gevonden: al opnieuw aangeboden of verwijderd?', status === 204 ? 'goed' : 'fout');
  document.getElementById('dlqDetails').hidden = true;
  laadDodeLetters();
}

async function bulk() {
  const filter = filterVan(document.getElementById('dlqFilter'));
  const voorbeeld = (await api('/api/v1/dlq/opnieuw', {method: 'POST', body: filter})).inhoud;
  if (voorbeeld.aantal === 0) {
    meld('Geen dode letters in dit filter.', 'fout');
    return;
  }
  if (!await bevestig(voorbeeld.aantal + ' dode letters opnieuw aanbieden? Alleen deze, ook als er intussen meer bijkomen.')) return;
  const {status, inhoud} = await api('/api/v1/dlq/opnieuw', {method: 'POST', body: {token: voorbeeld.token}});
  if (status === 200) meld(inhoud.aangeboden.length + ' opnieuw aangeboden; ' + inhoud.nietAanwezig + ' waren er niet meer.');
  else if (status === 409) meld('Deze opdracht was al uitgevoerd; er is niets opnieuw gedaan.', 'fout');
  else meld('Het voorbeeld is verlopen; probeer het opnieuw.', 'fout');
  laadDodeLetters();
}

// ---- messages ------------------------------------------------------------------------------------

function statussen(lijst) {
  return el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Tijdstip'), el('th', {}, 'Status'), el('th', {}, 'Toelichting'))),
    el('tbody', {}, lijst.map(s => el('tr', {}, el('td', {}, tijd(s.tijdstip)), el('td', {}, s.status), el('td', {}, s.toelichting || '')))));
}

async function zoek(filter) {
  const {inhoud} = await api('/api/v1/berichten?grootte=100&' + new URLSearchParams(filter));
  document.querySelector('#zoekLijst tbody').replaceChildren(...inhoud.berichten.map(b => el('tr', {klasse: 'klikbaar', 'data-id': b.id, klik: () => toonBericht(b.id)},
    el('td', {}, tijd(b.ontvangenOp)), el('td', {}, b.berichttype || ''), el('td', {}, b.afzender || ''),
    el('td', {}, b.ontvanger || ''), el('td', {}, b.identificatie || ''), el('td', {}, b.status), el('td', {}, b.retourcodes.join(', ')))));
  if (inhoud.berichten.length === 0) meld('Geen berichten gevonden.', 'fout');
}

async function toonBericht(id) {
  const {status, inhoud} = await api('/api/v1/berichten/' + encodeURIComponent(id));
  const vak = document.getElementById('bericht');
  if (status !== 200) {
    meld('Bericht ' + id + ' staat niet in het journaal.', 'fout');
    return;
  }
  const b = inhoud.bericht;
  const keten = [...inhoud.keten, b].sort((x, y) => x.ontvangenOp.localeCompare(y.ontvangenOp));
  const schakels = [];
  keten.forEach((k, i) => {
    if (i > 0) schakels.push(el('span', {klasse: 'pijl'}, '→'));
    schakels.push(el('a', {href: '#', klasse: 'schakel' + (k.id === b.id ? ' huidig' : ''), klik: e => { e.preventDefault(); toonBericht(k.id); }},
      (k.berichttype || '?') + ' ' + (k.richting === 'UIT' ? '(gateway)' : '') + ' ' + k.status));
  });
  vak.replaceChildren(
    el('h3', {}, (b.berichttype || 'Onleesbaar bericht') + ' ' + (b.identificatie || '')),
    el('dl', {klasse: 'velden'},
      el('dt', {}, 'Tracking-id'), el('dd', {}, b.id),
      el('dt', {}, 'Afzender → ontvanger'), el('dd', {}, (b.afzender || '?') + ' → ' + (b.ontvanger || '?')),
      el('dt', {}, 'Kanaal'), el('dd', {}, b.kanaal || ''),
      el('dt', {}, 'Status'), el('dd', {}, b.status),
      el('dt', {}, 'Retourcodes'), el('dd', {}, b.retourcodes.join(', ')),
      el('dt', {}, 'Signalen'), el('dd', {}, b.signalen.join(', ')),
      b.dlqReden ? el('dt', {}, 'Dead-letterreden') : null, b.dlqReden ? el('dd', {klasse: 'reden'}, b.dlqReden) : null),
    el('h3', {}, 'Keten'),
    el('div', {klasse: 'keten', id: 'keten'}, schakels),
    el('h3', {}, 'Statusgeschiedenis'),
    statussen(b.statussen),
    el('h3', {}, 'Traject van de cliënt'),
    el('table', {}, el('tbody', {}, inhoud.traject.map(t => el('tr', {klasse: 'klikbaar', klik: () => toonBericht(t.id)},
      el('td', {}, tijd(t.ontvangenOp)), el('td', {}, t.berichttype || ''), el('td', {}, t.identificatie || ''), el('td', {}, t.status))))));
  vak.hidden = false;
  vak.scrollIntoView();
}

// ---- start ---------------------------------------------------------------------------------------

document.addEventListener('DOMContentLoaded', async () => {
  ik = (await api('/api/v1/beheer/ik')).inhoud;
  document.getElementById('wie').textContent = ik.naam + ' (' + ik.rollen.join(', ').toLowerCase() + ')';
  for (const knop of document.querySelectorAll('header nav button')) knop.addEventListener('click', () => toon(knop.dataset.scherm));
  document.getElementById('dlqFilter').addEventListener('submit', e => { e.preventDefault(); laadDodeLetters(); });
  document.getElementById('bulk').hidden = !isBeheerder();
  document.getElementById('bulk').addEventListener('click', bulk);
  document.getElementById('zoekFilter').addEventListener('submit', e => { e.preventDefault(); zoek(filterVan(e.target)); });
  document.getElementById('toonTeLaat').addEventListener('click', () => { toon('berichten'); zoek({status: 'RETOUR_TE_LAAT'}); });
  document.getElementById('afmelden').addEventListener('click', async () => {
    await fetch('/beheer/uitloggen', {method: 'POST', credentials: 'same-origin', headers: {[ik.csrf.header]: ik.csrf.token}});
    location.href = '/beheer/inloggen.html?uit';
  });
  toon('overzicht');
  setInterval(() => { if (!document.getElementById('overzicht').hidden) laadOverzicht(); }, 15000);
});
