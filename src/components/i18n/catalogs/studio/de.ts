/** The studio's chrome in German (studio.html), part of the German catalog (../de.ts). */
import type { Catalog } from '../../loadTranslator.ts';

const studio: Catalog = {
  'Select some words of the source text first.':
    'Markieren Sie zuerst einige Wörter des Quelltexts.',
  'Cited “{words}” for a new event (dated the publication day until you change it).':
    '„{words}“ für ein neues Ereignis zitiert (mit dem Erscheinungstag datiert, bis Sie das Datum ändern).',
  'Cited “{words}” for “{title}”.': '„{words}“ für „{title}“ zitiert.',
  'Cite a passage': 'Eine Textstelle zitieren',
  'Cite the selected words for': 'Die markierten Wörter zitieren für',
  'a new event': 'ein neues Ereignis',
  'Cite the selection': 'Die Auswahl zitieren',
  '4. The draft’s events': '4. Die Ereignisse des Entwurfs',
  'No events yet: add a proposed one, or cite a selected passage.':
    'Noch keine Ereignisse: Fügen Sie ein vorgeschlagenes hinzu oder zitieren Sie eine markierte Textstelle.',
  'Event {number}: {title}': 'Ereignis {number, number}: {title}',
  'Event {number}: untitled': 'Ereignis {number, number}: ohne Titel',
  'Event title': 'Titel des Ereignisses',
  'Date (EDTF)': 'Datum (EDTF)',
  'Lanes (who acted, comma-separated)': 'Spuren (wer gehandelt hat, durch Kommas getrennt)',
  'The date comes from': 'Das Datum stammt aus',
  'the article, as stated': 'dem Artikel, wie genannt',
  'worked out from the article': 'dem Artikel erschlossen',
  'the public record': 'öffentlichen Quellen',
  'Record (name it)': 'Quelle (nennen Sie sie)',
  'Basis (how it was worked out)': 'Grundlage (wie es erschlossen wurde)',
  Summary: 'Zusammenfassung',
  '(optional)': '(optional)',
  'Key event (its label is never shortened)':
    'Schlüsselereignis (seine Beschriftung wird nie gekürzt)',
  'Cited passages': 'Zitierte Textstellen',
  'Remove this passage': 'Diese Textstelle entfernen',
  'Remove event {number}': 'Ereignis {number, number} entfernen',
  '3. Preview': '3. Vorschau',
  'The timeline appears here as soon as the draft has an event.':
    'Die Zeitleiste erscheint hier, sobald der Entwurf ein Ereignis hat.',
  'Valid: 1 event, every quote found in the article.':
    'Gültig: 1 Ereignis, jedes Zitat im Artikel gefunden.',
  'Valid: {count} events, every quote found in the article.':
    'Gültig: {count, plural, one {# Ereignis} other {# Ereignisse}}, jedes Zitat im Artikel gefunden.',
  'The article with its cited passages': 'Der Artikel mit seinen zitierten Textstellen',
  '1 problem to fix before the timeline can be drawn:':
    '1 Problem ist zu beheben, bevor die Zeitleiste gezeichnet werden kann:',
  '{count} problems to fix before the timeline can be drawn:':
    '{count, plural, one {# Problem ist} other {# Probleme sind}} zu beheben, bevor die Zeitleiste gezeichnet werden kann:',
  'Paste or open the article first.': 'Fügen Sie zuerst den Artikel ein oder öffnen Sie ihn.',
  'Finding dates…': 'Daten werden gesucht…',
  'No date expressions found in this text. Select a passage to cite it by hand.':
    'In diesem Text wurden keine Datumsangaben gefunden. Markieren Sie eine Textstelle, um sie von Hand zu zitieren.',
  '1 proposed event. Add the ones you want.':
    '1 vorgeschlagenes Ereignis. Fügen Sie hinzu, was Sie möchten.',
  '{count} proposed events. Add the ones you want.':
    '{count, plural, one {# vorgeschlagenes Ereignis} other {# vorgeschlagene Ereignisse}}. Fügen Sie hinzu, was Sie möchten.',
  'The date finder failed; reload the page to try again.':
    'Die Datumssuche ist fehlgeschlagen; laden Sie die Seite neu, um es erneut zu versuchen.',
  '2. Dates in the article': '2. Daten im Artikel',
  'Find dates': 'Daten finden',
  'Proposed events': 'Vorgeschlagene Ereignisse',
  unsure: 'unsicher',
  'Added to the draft': 'Zum Entwurf hinzugefügt',
  'Add {date}: {expression}': '{date} hinzufügen: {expression}',
  Add: 'Hinzufügen',
  'Dismiss {date}: {expression}': '{date} verwerfen: {expression}',
  Dismiss: 'Verwerfen',
  'The importer did not load: reload the page to try again.':
    'Der Import wurde nicht geladen: Laden Sie die Seite neu, um es erneut zu versuchen.',
  '1. The article': '1. Der Artikel',
  Title: 'Titel',
  Publisher: 'Herausgeber',
  Published: 'Erschienen',
  Address: 'Adresse',
  'The publication day: “last year” and “on Friday” are counted from it.':
    'Der Erscheinungstag: „letztes Jahr“ und „am Freitag“ werden von ihm aus gezählt.',
  'Open a .txt or .html file': 'Eine .txt- oder .html-Datei öffnen',
  'Or open a dataset (ours, or TimelineJS .json or sheet .csv) to add citations to it':
    'Oder einen Datensatz öffnen (unseren oder TimelineJS als .json oder Tabelle als .csv), um ihm Belege hinzuzufügen',
  'Source text': 'Quelltext',
  'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them. The text is too long: at most {limit} characters.':
    'Fügen Sie den Artikel wörtlich ein. Markieren Sie hier Wörter (mit der Maus oder mit Umschalt und den Pfeiltasten), um sie zu zitieren. Der Text ist zu lang: höchstens {limit} Zeichen.',
  'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them.':
    'Fügen Sie den Artikel wörtlich ein. Markieren Sie hier Wörter (mit der Maus oder mit Umschalt und den Pfeiltasten), um sie zu zitieren.',
  'Sourceline Studio': 'Sourceline Studio',
  'Make a timeline of your own article: paste it, find its dates, add the events, download the dataset. Every event cites the article’s own words. Your drafts stay in this browser and are saved as you type.':
    'Machen Sie eine Zeitleiste aus Ihrem eigenen Artikel: einfügen, Daten finden, Ereignisse hinzufügen, Datensatz herunterladen. Jedes Ereignis zitiert den Artikel wörtlich. Ihre Entwürfe bleiben in diesem Browser und werden beim Tippen gespeichert.',
  'Opening your drafts…': 'Ihre Entwürfe werden geöffnet…',
  Undo: 'Rückgängig',
  Redo: 'Wiederholen',
  'Download dataset': 'Datensatz herunterladen',
  'Open the reader': 'Die Leseansicht öffnen',
  'Give the publication day as YYYY-MM-DD (e.g. 2023-03-17) first: relative dates hang on it.':
    'Geben Sie zuerst den Erscheinungstag als JJJJ-MM-TT an (z. B. 2023-03-17): Relative Datumsangaben hängen davon ab.',
  'The text is too long to find dates in ({length} characters; the limit is {limit}). Split it, or cite passages by selecting them.':
    'Der Text ist zu lang für die Datumssuche ({length} Zeichen; die Grenze liegt bei {limit}). Teilen Sie ihn auf, oder zitieren Sie Textstellen, indem Sie sie markieren.',
  'The date finder failed to start; reload the page to try again.':
    'Die Datumssuche konnte nicht starten; laden Sie die Seite neu, um es erneut zu versuchen.',
  'Add at least one event before downloading.':
    'Fügen Sie vor dem Herunterladen mindestens ein Ereignis hinzu.',
  'Fix the problem listed in the preview first.':
    'Beheben Sie zuerst das in der Vorschau genannte Problem.',
  'Fix the {count} problems listed in the preview first.':
    'Beheben Sie zuerst {count, plural, one {das in der Vorschau genannte Problem} other {die # in der Vorschau genannten Probleme}}.',
  'Downloaded {name}: open it in the reader with ?data=, or check it with npm run validate.':
    '{name} heruntergeladen: Öffnen Sie die Datei in der Leseansicht mit ?data= oder prüfen Sie sie mit npm run validate.',
  'the file': 'die Datei',
  'This is not a Sourceline dataset ({where}: {problem}).':
    'Dies ist kein Sourceline-Datensatz ({where}: {problem}).',
  'This dataset cites {count} sources, and the studio edits timelines of one source so far. Open it in the reader, or edit its JSON.':
    'Dieser Datensatz zitiert {count, plural, one {# Quelle} other {# Quellen}}, und das Studio bearbeitet bisher nur Zeitleisten mit einer Quelle. Öffnen Sie ihn in der Leseansicht oder bearbeiten Sie sein JSON.',
  'Untitled draft': 'Entwurf ohne Titel',
  'Your drafts': 'Ihre Entwürfe',
  'New draft': 'Neuer Entwurf',
  Drafts: 'Entwürfe',
  '{title} (open)': '{title} (geöffnet)',
  'Open “{title}”': '„{title}“ öffnen',
  'changed {date}': 'geändert am {date}',
  'Delete “{title}”': '„{title}“ löschen',
  Delete: 'Löschen',
  'Deleted “{title}”.': '„{title}“ gelöscht.',
  'Restore it': 'Wiederherstellen',
  'This browser cannot keep drafts (no IndexedDB here): your work will be lost on reload. Download the dataset to keep it.':
    'Dieser Browser kann keine Entwürfe speichern (kein IndexedDB): Ihre Arbeit geht beim Neuladen verloren. Laden Sie den Datensatz herunter, um sie zu behalten.',
  'The draft could not be saved (the browser’s storage is full, or refuses it in a private window): download the dataset to keep your work.':
    'Der Entwurf konnte nicht gespeichert werden (der Speicher des Browsers ist voll oder verweigert es in einem privaten Fenster): Laden Sie den Datensatz herunter, um Ihre Arbeit zu behalten.',
  'Your saved drafts could not be read: this draft is not being saved. Download the dataset to keep your work.':
    'Ihre gespeicherten Entwürfe konnten nicht gelesen werden: Dieser Entwurf wird nicht gespeichert. Laden Sie den Datensatz herunter, um Ihre Arbeit zu behalten.',
  '“{name}” {reason}; nothing was changed.': '„{name}“: {reason}; nichts wurde geändert.',
  '“{name}” is not valid JSON ({error}); nothing was changed.':
    '„{name}“ ist kein gültiges JSON ({error}); nichts wurde geändert.',
  'Opened “{name}”. Now open or paste its source text, “{file}”. (Undo brings the previous draft back.)':
    '„{name}“ geöffnet. Öffnen Sie jetzt seinen Quelltext „{file}“ oder fügen Sie ihn ein. (Rückgängig holt den vorherigen Entwurf zurück.)',
  'Opened “{name}” with its source text. (Undo brings the previous draft back.)':
    '„{name}“ mit seinem Quelltext geöffnet. (Rückgängig holt den vorherigen Entwurf zurück.)',
  '“{name}” (a TimelineJS sheet) could not be read: {problem}; nothing was changed.':
    '„{name}“ (eine TimelineJS-Tabelle) konnte nicht gelesen werden: {problem}; nichts wurde geändert.',
  '“{name}” (TimelineJS JSON) could not be read: {problem}; nothing was changed.':
    '„{name}“ (TimelineJS-JSON) konnte nicht gelesen werden: {problem}; nichts wurde geändert.',
  'Opened “{name}” (a TimelineJS sheet): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    '„{name}“ geöffnet (eine TimelineJS-Tabelle): 1 Ereignis. Öffnen Sie jetzt den Artikel, aus dem es stammt, oder fügen Sie ihn ein, mit seinem Erscheinungstag, und zitieren Sie die Textstelle jedes Ereignisses. (Rückgängig holt den vorherigen Entwurf zurück.)',
  'Opened “{name}” (a TimelineJS sheet): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    '„{name}“ geöffnet (eine TimelineJS-Tabelle): {count, plural, one {# Ereignis} other {# Ereignisse}}. Öffnen Sie jetzt den Artikel, aus dem sie stammen, oder fügen Sie ihn ein, mit seinem Erscheinungstag, und zitieren Sie die Textstelle jedes Ereignisses. (Rückgängig holt den vorherigen Entwurf zurück.)',
  'Opened “{name}” (TimelineJS JSON): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    '„{name}“ geöffnet (TimelineJS-JSON): 1 Ereignis. Öffnen Sie jetzt den Artikel, aus dem es stammt, oder fügen Sie ihn ein, mit seinem Erscheinungstag, und zitieren Sie die Textstelle jedes Ereignisses. (Rückgängig holt den vorherigen Entwurf zurück.)',
  'Opened “{name}” (TimelineJS JSON): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    '„{name}“ geöffnet (TimelineJS-JSON): {count, plural, one {# Ereignis} other {# Ereignisse}}. Öffnen Sie jetzt den Artikel, aus dem sie stammen, oder fügen Sie ihn ein, mit seinem Erscheinungstag, und zitieren Sie die Textstelle jedes Ereignisses. (Rückgängig holt den vorherigen Entwurf zurück.)',
  '{message} Nothing was changed.': '{message} Nichts wurde geändert.',
  '“{name}” is too large ({size} MB); open a file under 20 MB.':
    '„{name}“ ist zu groß ({size, number} MB); öffnen Sie eine Datei unter 20 MB.',
  '“{name}” could not be read.': '„{name}“ konnte nicht gelesen werden.',
  '“{name}” is not a text file (it looks like binary data); nothing was changed.':
    '„{name}“ ist keine Textdatei (es sieht nach Binärdaten aus); nichts wurde geändert.',
  '“{name}” holds no words; nothing was changed.':
    '„{name}“ enthält keine Wörter; nichts wurde geändert.',
  '“{name}” is too long ({length} characters; the limit is {limit}).':
    '„{name}“ ist zu lang ({length} Zeichen; die Grenze liegt bei {limit}).',
  'Opened “{name}” (its markup was removed: only the words are kept).':
    '„{name}“ geöffnet (das Markup wurde entfernt: nur die Wörter bleiben).',
  'Opened “{name}”.': '„{name}“ geöffnet.',
  'That is not a web address.': 'Das ist keine Webadresse.',
  'The reader loads datasets only from its own site ({origin}): publish the file there.':
    'Die Leseansicht lädt Datensätze nur von ihrer eigenen Website ({origin}): Veröffentlichen Sie die Datei dort.',
  'Embed it in a page': 'In eine Seite einbetten',
  'Address the dataset will be published at':
    'Adresse, unter der der Datensatz veröffentlicht wird',
  'Download the dataset, put the file on the same site as the reader, and give its address here: the snippet opens it in the reader with {data}. Paste the snippet into your page’s HTML.':
    'Laden Sie den Datensatz herunter, legen Sie die Datei auf dieselbe Website wie die Leseansicht und geben Sie hier ihre Adresse an: Der Code öffnet sie in der Leseansicht mit {data}. Fügen Sie den Code in das HTML Ihrer Seite ein.',
  'Embed snippet': 'Einbettungscode',
  'Copy the embed snippet': 'Den Einbettungscode kopieren',
  'Downloaded {name}: a dataset folder (timeline.json, source.txt, README.md).':
    '{name} heruntergeladen: ein Datensatz-Ordner (timeline.json, source.txt, README.md).',
  'The zip could not be made (its code did not load): try again, or download the dataset.':
    'Das Zip konnte nicht erstellt werden (sein Code wurde nicht geladen): Versuchen Sie es erneut oder laden Sie den Datensatz herunter.',
  'Downloaded {name}: 1 annotation (W3C Web Annotation, JSON-LD).':
    '{name} heruntergeladen: 1 Annotation (W3C Web Annotation, JSON-LD).',
  'Downloaded {name}: {count} annotations (W3C Web Annotation, JSON-LD).':
    '{name} heruntergeladen: {count, plural, one {# Annotation} other {# Annotationen}} (W3C Web Annotation, JSON-LD).',
  '5. Publish': '5. Veröffentlichen',
  'Download zip': 'Zip herunterladen',
  'Download annotations': 'Annotationen herunterladen',
  'The zip is a dataset folder for a repository; the annotations are every citation as W3C Web Annotations (JSON-LD), for annotation tools.':
    'Das Zip ist ein Datensatz-Ordner für ein Repository; die Annotationen sind alle Belege als W3C Web Annotations (JSON-LD), für Annotationswerkzeuge.',
  'Untitled article': 'Artikel ohne Titel',
  'Sourceline Studio — make a cited timeline':
    'Sourceline Studio — eine belegte Zeitleiste erstellen',
};
export default studio;
