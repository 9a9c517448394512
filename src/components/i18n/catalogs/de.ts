/** The chrome in German: English messages (see ../README.md) to ICU messages. */
import type { Catalog } from '../loadTranslator.ts';
import studio from './studio/de.ts';

const de: Catalog = {
  'The event as a list': 'Das Ereignis als Liste',
  'All {count} events as a list':
    '{count, plural, one {Das Ereignis als Liste} other {Alle # Ereignisse als Liste}}',
  'Show {count} more': '{count, number} weitere anzeigen',
  Language: 'Sprache',
  'Eras, shaded behind the events of their time:':
    'Epochen, schattiert hinter den Ereignissen ihrer Zeit:',
  Timelines: 'Zeitleisten',
  'Export and cite': 'Exportieren und zitieren',
  'The source': 'Die Quelle',
  Sources: 'Quellen',
  'Make your own cited timeline': 'Erstellen Sie Ihre eigene belegte Zeitleiste',
  'Open on the publisher’s page': 'Auf der Seite des Herausgebers öffnen',
  '{title}, {date}, {lane}': '{title}, {date}, {lane}',
  '{title}, {date}, {lane} (approximate date)': '{title}, {date}, {lane} (ungefähres Datum)',
  '{title}, {date}, {lane} (uncertain date)': '{title}, {date}, {lane} (unsicheres Datum)',
  '{title}, {date}, {lane} (approximate, uncertain date)':
    '{title}, {date}, {lane} (ungefähres, unsicheres Datum)',
  '{title} — {date}': '{title} – {date}',
  '1 event, {range}. Zoom in to see it.': '1 Ereignis, {range}. Vergrößern, um es zu sehen.',
  '1 event, {range}': '1 Ereignis, {range}',
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
  'Date from': 'Quelle des Datums',
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
  'Events checked: {total}. Drawing the timeline…':
    'Ereignisse geprüft: {total, number}. Die Zeitleiste wird gezeichnet…',
  'Checking {done} of about {total} events':
    'Ereignisse werden geprüft: {done, number} von etwa {total, number}',
  'Checking {done} of {total} events':
    'Ereignisse werden geprüft: {done, number} von {total, number}',
  'Cite this timeline': 'Diese Zeitleiste zitieren',
  'The timeline': 'Die Zeitleiste',
  'Copy the timeline’s citation': 'Quellenangabe der Zeitleiste kopieren',
  'Its source article': 'Der zugrunde liegende Artikel',
  'Copy the article’s citation': 'Quellenangabe des Artikels kopieren',
  'This timeline was imported without a source text, so it has no article to cite.':
    'Diese Zeitleiste wurde ohne Quelltext importiert, daher gibt es keinen Artikel zum Zitieren.',
  Close: 'Schließen',
  Copied: 'Kopiert',
  'Selected: press Ctrl+C (⌘C on a Mac) to copy':
    'Markiert: zum Kopieren Strg+C drücken (⌘C auf dem Mac)',
  'Preparing…': 'Wird vorbereitet …',
  'Saved {file}': 'Gespeichert: {file}',
  'Could not export: {reason}': 'Export nicht möglich: {reason}',
  'Download the dataset': 'Den Datensatz herunterladen',
  'Dataset (JSON)': 'Datensatz (JSON)',
  'Dataset (CSV, TimelineJS sheet)': 'Datensatz (CSV, TimelineJS-Tabelle)',
  'Source text (TXT)': 'Quelltext (TXT)',
  'Save this view as a picture': 'Diese Ansicht als Bild speichern',
  'This view (SVG)': 'Diese Ansicht (SVG)',
  'This view (PNG, 2×)': 'Diese Ansicht (PNG, 2×)',
  'Automatic (follows the reader’s setting)': 'Automatisch (nach der Einstellung der Leser)',
  Light: 'Hell',
  Dark: 'Dunkel',
  'Plain: only the timeline and the event’s details':
    'Schlicht: nur die Zeitleiste und die Angaben zum Ereignis',
  'Transparent: your page’s background shows through':
    'Transparent: der Hintergrund Ihrer Seite scheint durch',
  'Still picture: the whole timeline and a link, nothing to operate':
    'Standbild: die ganze Zeitleiste und ein Link, ohne Bedienelemente',
  '{title} — interactive timeline': '{title} – interaktive Zeitleiste',
  'Embed this timeline': 'Diese Zeitleiste einbetten',
  'Paste this code into your article’s HTML. The frame grows and shrinks to fit its content; several timelines can share one page.':
    'Fügen Sie diesen Code in das HTML Ihres Artikels ein. Der Rahmen passt seine Höhe dem Inhalt an; mehrere Zeitleisten können auf einer Seite stehen.',
  'This is the single-file copy of the timeline. It has no {script} beside it, so the frame cannot size itself to its content: the code gives it a fixed height of {height} px, which you can change. For a frame that fits its content, publish the web build and copy the code from there.':
    'Dies ist die Einzeldatei-Fassung der Zeitleiste. Neben ihr liegt kein {script}, daher kann sich der Rahmen nicht dem Inhalt anpassen: Der Code gibt ihm eine feste Höhe von {height} px, die Sie ändern können. Für einen Rahmen, der sich anpasst, veröffentlichen Sie die Web-Fassung und kopieren den Code von dort.',
  'This copy is opened from a file, so the code below only works on this computer. Publish the timeline on a web server and copy the code from there.':
    'Diese Kopie ist aus einer Datei geöffnet, daher funktioniert der Code unten nur auf diesem Computer. Veröffentlichen Sie die Zeitleiste auf einem Webserver und kopieren Sie den Code von dort.',
  'Starting event': 'Erstes Ereignis',
  'None: the whole timeline': 'Keines: die ganze Zeitleiste',
  Theme: 'Farbschema',
  Appearance: 'Darstellung',
  Preview: 'Vorschau',
  'Preview of the embed': 'Vorschau der Einbettung',
  'Embed code': 'Einbettungscode',
  Copy: 'Kopieren',
  Embed: 'Einbetten',
  'Open full timeline': 'Ganze Zeitleiste öffnen',
  '(opens in a new tab)': '(öffnet in einem neuen Tab)',
  '{count} events in {lane}': '{count, plural, one {# Ereignis} other {# Ereignisse}} in {lane}',
  'They all begin at the same moment, so zooming in cannot draw them apart. Choose one to see it.':
    'Sie beginnen alle im selben Moment, daher kann kein Vergrößern sie trennen. Wählen Sie eines aus, um es zu sehen.',
  'And {count} more: the list of all events, below the timeline, has every one.':
    'Und {count, number} weitere: Die Liste aller Ereignisse unter der Zeitleiste enthält jedes.',
  // The handout's number of an event, as a numbered list writes it.
  '{number}.': '{number, number}.',
  'Source: {source}. Quotations are word for word from it.':
    'Quelle: {source}. Die Zitate stammen wörtlich daraus.',
  'Sources: {sources}. Quotations are word for word from them.':
    'Quellen: {sources}. Die Zitate stammen wörtlich daraus.',
  'This timeline has no source text, so its events quote nothing.':
    'Diese Zeitleiste hat keinen Quelltext, daher zitieren ihre Ereignisse nichts.',
  'The whole timeline: one event': 'Die ganze Zeitleiste: ein Ereignis',
  'The whole timeline: {count} events':
    'Die ganze Zeitleiste: {count, plural, one {# Ereignis} other {# Ereignisse}}',
  'This timeline could not be shown': 'Diese Zeitleiste kann nicht angezeigt werden',
  '…and {count} more ({command} lists them all).':
    '…und {count, number} weitere ({command} listet alle auf).',
  'Try again': 'Erneut versuchen',
  'Reload the page': 'Seite neu laden',
  'Open the built-in timeline': 'Die mitgelieferte Zeitleiste öffnen',
  'The dataset at this address could not be loaded. Nothing was drawn. Try again, or open the built-in timeline.':
    'Der Datensatz unter dieser Adresse konnte nicht geladen werden. Es wurde nichts gezeichnet. Versuchen Sie es erneut oder öffnen Sie die mitgelieferte Zeitleiste.',
  'The dataset at this address could not be loaded. Nothing was drawn. Reload the page to try again, or open the built-in timeline.':
    'Der Datensatz unter dieser Adresse konnte nicht geladen werden. Es wurde nichts gezeichnet. Laden Sie die Seite neu, um es erneut zu versuchen, oder öffnen Sie die mitgelieferte Zeitleiste.',
  'The timeline could not be loaded. Nothing was drawn. Try again, or open the built-in timeline.':
    'Die Zeitleiste konnte nicht geladen werden. Es wurde nichts gezeichnet. Versuchen Sie es erneut oder öffnen Sie die mitgelieferte Zeitleiste.',
  'The timeline could not be loaded. Nothing was drawn. Reload the page to try again, or open the built-in timeline.':
    'Die Zeitleiste konnte nicht geladen werden. Es wurde nichts gezeichnet. Laden Sie die Seite neu, um es erneut zu versuchen, oder öffnen Sie die mitgelieferte Zeitleiste.',
  'The dataset at this address has a problem. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'Der Datensatz unter dieser Adresse hat ein Problem. Es wurde nichts gezeichnet, also ist nichts Angezeigtes falsch. Korrigieren Sie den Datensatz und laden Sie neu.',
  'The dataset at this address has {count} problems. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'Der Datensatz unter dieser Adresse hat {count, plural, one {# Problem} other {# Probleme}}. Es wurde nichts gezeichnet, also ist nichts Angezeigtes falsch. Korrigieren Sie den Datensatz und laden Sie neu.',
  'The timeline has a problem. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'Die Zeitleiste hat ein Problem. Es wurde nichts gezeichnet, also ist nichts Angezeigtes falsch. Korrigieren Sie den Datensatz und laden Sie neu.',
  'The timeline has {count} problems. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'Die Zeitleiste hat {count, plural, one {# Problem} other {# Probleme}}. Es wurde nichts gezeichnet, also ist nichts Angezeigtes falsch. Korrigieren Sie den Datensatz und laden Sie neu.',
  'Something went wrong': 'Etwas ist schiefgegangen',
  'A part of the app could not be downloaded (the connection failed, or the site was just updated). Your data is unchanged.':
    'Ein Teil der Anwendung konnte nicht heruntergeladen werden (die Verbindung ist abgebrochen, oder die Website wurde gerade aktualisiert). Ihre Daten sind unverändert.',
  'The timeline stopped working. Your data is unchanged.':
    'Die Zeitleiste funktioniert nicht mehr. Ihre Daten sind unverändert.',
  'the app': 'die Anwendung',
  loading: 'das Laden',
  'a part of its code could not be downloaded (the connection failed, or the site was just updated); reloading usually fixes this':
    'ein Teil des Codes konnte nicht heruntergeladen werden (die Verbindung ist abgebrochen, oder die Website wurde gerade aktualisiert); neu laden hilft meistens',
  'stopped with an unexpected error ({detail})':
    'wurde durch einen unerwarteten Fehler abgebrochen ({detail})',
  'Loading the presentation…': 'Die Präsentation wird geladen …',
  'Loading the picture…': 'Das Bild wird geladen …',
  'Selected: {title}, {date}': 'Ausgewählt: {title}, {date}',
  'Selection cleared': 'Auswahl aufgehoben',
  '“{title}”, {publisher}, {published}': '„{title}“, {publisher}, {published}',
  '“{title}”, {published}': '„{title}“, {published}',
  '{publisher}, {published}': '{publisher}, {published}',
  'Quotes from {sources}': 'Zitate aus {sources}',
  'Drag to pan. Zoom with the buttons, Ctrl/⌘ and the scroll wheel, or a pinch.':
    'Ziehen zum Verschieben. Zoomen mit den Schaltflächen, mit Strg/⌘ und dem Mausrad oder mit zwei Fingern.',
  'Drag to pan. Zoom with the buttons or a pinch.':
    'Ziehen zum Verschieben. Zoomen mit den Schaltflächen oder mit zwei Fingern.',
  'Choose an event on the timeline to see the words of the source it cites.':
    'Wählen Sie ein Ereignis auf der Zeitleiste, um die Worte der Quelle zu sehen, die es zitiert.',
  'Shown word for word; highlighted passages are cited by events.':
    'Wörtlich wiedergegeben; markierte Textstellen werden von Ereignissen zitiert.',
  'No source text: this timeline was imported without one. Made with Sourceline.':
    'Kein Quelltext: Diese Zeitleiste wurde ohne importiert. Erstellt mit Sourceline.',
  'Source: {sources}. Made with Sourceline.': 'Quelle: {sources}. Erstellt mit Sourceline.',
  'Sources: {sources}. Made with Sourceline.': 'Quellen: {sources}. Erstellt mit Sourceline.',
  '{title}: a picture of the whole timeline, {count} events, from {first} to {last}':
    '{title}: Bild der ganzen Zeitleiste, {count, plural, one {# Ereignis} other {# Ereignisse}}, von {first} bis {last}',
  '{title}: a picture of the whole timeline, one event, {date}':
    '{title}: Bild der ganzen Zeitleiste, ein Ereignis, {date}',
  '{title}: a picture of the whole timeline, with no events':
    '{title}: Bild der ganzen Zeitleiste, ohne Ereignisse',
  'The events in the picture': 'Die Ereignisse im Bild',
  'This link’s address is too long to read, so the timeline opens as it does by default.':
    'Die Adresse dieses Links ist zu lang, um sie zu lesen, daher öffnet sich die Zeitleiste wie standardmäßig.',
  'The link names an event that is not valid (“{value}”), so no event is selected.':
    'Der Link nennt ein ungültiges Ereignis („{value}“), daher ist kein Ereignis ausgewählt.',
  'The link asks for a language this page does not have (“{value}”), so it follows your browser’s language.':
    'Der Link verlangt eine Sprache, die diese Seite nicht hat („{value}“), daher folgt sie der Sprache Ihres Browsers.',
  'The dataset address (“{value}”) is not a valid URL, so the built-in timeline is shown.':
    'Die Adresse des Datensatzes („{value}“) ist keine gültige URL, daher wird die mitgelieferte Zeitleiste gezeigt.',
  'Datasets can only be loaded from this site (“{value}” is elsewhere), so the built-in timeline is shown.':
    'Datensätze können nur von dieser Website geladen werden („{value}“ liegt anderswo), daher wird die mitgelieferte Zeitleiste gezeigt.',
  'This link’s event “{event}” is not in this timeline, so no event is selected.':
    'Das Ereignis „{event}“ dieses Links ist nicht in dieser Zeitleiste, daher ist kein Ereignis ausgewählt.',
  'Zooming and panning could not be loaded (the network may be down): reload the page to use them.':
    'Zoomen und Verschieben konnten nicht geladen werden (vielleicht ist das Netz weg): Laden Sie die Seite neu, um sie zu nutzen.',
  // The description's button on a phone.
  'Read more': 'Weiterlesen',
  'Show less': 'Weniger anzeigen',
  // The vertical view's breaks over long empty stretches.
  '{count} years later': '{count, plural, one {# Jahr später} other {# Jahre später}}',
  '{count} months later': '{count, plural, one {# Monat später} other {# Monate später}}',
  later: 'später',
  // The studio (studio.html): studio/de.ts.
  ...studio,
};
export default de;
