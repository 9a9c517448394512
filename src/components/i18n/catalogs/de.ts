/** The chrome in German: English messages (see ../README.md) to ICU messages. */
import type { Catalog } from '../loadTranslator.ts';

const de: Catalog = {
  'All {count} events as a list':
    '{count, plural, one {Das Ereignis als Liste} other {Alle # Ereignisse als Liste}}',
  'Show {count} more': '{count, number} weitere anzeigen',
  Language: 'Sprache',
  Open: 'Öffnen',
  'Export and cite': 'Exportieren und zitieren',
  'The source': 'Die Quelle',
  '{title}, {date}, {lane}': '{title}, {date}, {lane}',
  '{title}, {date}, {lane} (approximate date)': '{title}, {date}, {lane} (ungefähres Datum)',
  '{title}, {date}, {lane} (uncertain date)': '{title}, {date}, {lane} (unsicheres Datum)',
  '{title}, {date}, {lane} (approximate, uncertain date)':
    '{title}, {date}, {lane} (ungefähres, unsicheres Datum)',
  '{title} — {date}': '{title} – {date}',
  '{count} events, {range}. List them.':
    '{count, plural, one {# Ereignis} other {# Ereignisse}}, {range}. Als Liste zeigen.',
  '{count} events, {range}. Zoom in to see them.':
    '{count, plural, one {# Ereignis} other {# Ereignisse}}, {range}. Vergrößern, um sie zu sehen.',
  '{count} events, {range}': '{count, plural, one {# Ereignis} other {# Ereignisse}}, {range}',
  '{first} to {last}': '{first} bis {last}',
  'all beginning {date}': 'alle mit Beginn {date}',
  '{count} events in time order, {span}':
    '{count, plural, one {# Ereignis} other {# Ereignisse}} in zeitlicher Reihenfolge, {span}',
  'stated in the article': 'im Artikel genannt',
  'inferred from the article': 'aus dem Artikel erschlossen',
  'from the public record': 'aus öffentlichen Quellen',
  'Dismiss message': 'Meldung schließen',
  Present: 'Präsentieren',
  'Print handout': 'Handout drucken',
  'No event selected': 'Kein Ereignis ausgewählt',
  'Choose an event on the timeline, or a highlighted passage in the source, to see it here.':
    'Wählen Sie ein Ereignis auf der Zeitleiste oder eine markierte Textstelle in der Quelle, um es hier zu sehen.',
  'The article says': 'Im Artikel steht',
  'no date': 'kein Datum',
  'Date from': 'Datum laut',
  Actors: 'Beteiligte',
  Notes: 'Anmerkungen',
  'Show in the article': 'Im Artikel zeigen',
  'This timeline has no source text to cite.':
    'Diese Zeitleiste hat keinen Quelltext zum Zitieren.',
  Media: 'Medien',
  Legend: 'Legende',
  'an exact day': 'ein genauer Tag',
  'a span: an interval, or a date known only to the month or year':
    'ein Zeitraum: ein Intervall oder ein nur auf Monat oder Jahr bekanntes Datum',
  'dashed, faded edges: approximate (“c.”)': 'gestrichelte, verblassende Ränder: ungefähr („um“)',
  'hatched: uncertain (“?”)': 'schraffiert: unsicher („?“)',
  'several events too close to show apart: activate to zoom in':
    'eine Gruppe von Ereignissen, zu dicht für eine getrennte Darstellung: aktivieren zum Vergrößern',
  'a break in the axis: a long stretch with no events, drawn shorter than its share of time':
    'eine Unterbrechung der Achse: ein langer Zeitraum ohne Ereignisse, kürzer gezeichnet, als er dauert',
  'Each lane has its own colour, and its name beside it. Zoom with the wheel, a pinch, the buttons or + and −; drag to pan; arrow keys move between events. On a narrow screen the timeline runs down the page: scroll to move through it, and use the buttons to zoom.':
    'Jede Spur hat ihre eigene Farbe und ihren Namen daneben. Zoomen mit dem Mausrad, mit zwei Fingern, mit den Schaltflächen oder mit + und −; ziehen zum Verschieben; die Pfeiltasten wechseln zwischen Ereignissen. Auf schmalen Bildschirmen läuft die Zeitleiste die Seite hinab: scrollen Sie, um ihr zu folgen, und zoomen Sie mit den Schaltflächen.',
  'Zoom in': 'Vergrößern',
  'Zoom in (+)': 'Vergrößern (+)',
  'Zoom out': 'Verkleinern',
  'Zoom out (−)': 'Verkleinern (−)',
  Fit: 'Alles',
  'Show the whole timeline (0)': 'Die ganze Zeitleiste zeigen (0)',
  Zoom: 'Zoom',
  'Skip to the source': 'Zur Quelle springen',
  Timeline: 'Zeitleiste',
  'This timeline was imported without a source text, so its events carry no cited passages.':
    'Diese Zeitleiste wurde ohne Quelltext importiert, daher zitieren ihre Ereignisse keine Textstellen.',
  'Slide {number} of {count}: {date}, {title}':
    'Folie {number, number} von {count, number}: {date}, {title}',
  'Slide {number} of {count}: {title}': 'Folie {number, number} von {count, number}: {title}',
  'Slide {number} of {count}': 'Folie {number, number} von {count, number}',
  Previous: 'Zurück',
  Next: 'Weiter',
  'Full screen': 'Vollbild',
  Exit: 'Beenden',
  'the article says “{words}”': 'im Artikel steht „{words}“',
  'Every quotation is word for word from {source}.':
    'Alle Zitate stammen wörtlich aus dieser Quelle: {source}.',
  '{right} or {pageDown} next · {left} or {pageUp} back · {f} full screen · {esc} leave':
    '{right} oder {pageDown} weiter · {left} oder {pageUp} zurück · {f} Vollbild · {esc} beenden',
  'No events': 'Keine Ereignisse',
  'One event, {range}': 'Ein Ereignis, {range}',
  'All events: jump to a slide': 'Alle Ereignisse: zu einer Folie springen',
  '{date}: {title}': '{date}: {title}',
  'Loading the timeline': 'Die Zeitleiste wird geladen',
  'Checking {done} of {total} events': 'Ereignisse werden geprüft: {done} von {total}',
};
export default de;
