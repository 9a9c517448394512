/** The studio's chrome in Spanish (studio.html), part of the Spanish catalog (../es.ts). */
import type { Catalog } from '../../loadTranslator.ts';

const studio: Catalog = {
  'Select some words of the source text first.':
    'Seleccione primero algunas palabras del texto fuente.',
  'Cited “{words}” for a new event (dated the publication day until you change it).':
    'Se ha citado «{words}» para un nuevo acontecimiento (con la fecha de publicación hasta que la cambie).',
  'Cited “{words}” for “{title}”.': 'Se ha citado «{words}» para «{title}».',
  'Cite a passage': 'Citar un pasaje',
  'Cite the selected words for': 'Citar las palabras seleccionadas para',
  'a new event': 'un nuevo acontecimiento',
  'Cite the selection': 'Citar la selección',
  '4. The draft’s events': '4. Los acontecimientos del borrador',
  'No events yet: add a proposed one, or cite a selected passage.':
    'Todavía no hay acontecimientos: añada uno propuesto o cite un pasaje seleccionado.',
  'Event {number}: {title}': 'Acontecimiento {number, number}: {title}',
  'Event {number}: untitled': 'Acontecimiento {number, number}: sin título',
  'Event title': 'Título del acontecimiento',
  'Date (EDTF)': 'Fecha (EDTF)',
  'Lanes (who acted, comma-separated)': 'Franjas (quién actuó, separados por comas)',
  'The date comes from': 'La fecha procede de',
  'the article, as stated': 'el artículo, tal como se indica',
  'worked out from the article': 'una deducción a partir del artículo',
  'the public record': 'el registro público',
  'Record (name it)': 'Registro (nómbrelo)',
  'Basis (how it was worked out)': 'Fundamento (cómo se dedujo)',
  Summary: 'Resumen',
  '(optional)': '(opcional)',
  'Key event (its label is never shortened)': 'Acontecimiento clave (su etiqueta nunca se acorta)',
  'Cited passages': 'Pasajes citados',
  'Remove this passage': 'Quitar este pasaje',
  'Remove event {number}': 'Quitar el acontecimiento {number, number}',
  '3. Preview': '3. Vista previa',
  'The timeline appears here as soon as the draft has an event.':
    'La cronología aparece aquí en cuanto el borrador tiene un acontecimiento.',
  'Valid: 1 event, every quote found in the article.':
    'Válido: 1 acontecimiento, todas las citas encontradas en el artículo.',
  'Valid: {count} events, every quote found in the article.':
    'Válido: {count, plural, one {# acontecimiento} other {# acontecimientos}}, todas las citas encontradas en el artículo.',
  'The article with its cited passages': 'El artículo con sus pasajes citados',
  '1 problem to fix before the timeline can be drawn:':
    '1 problema que corregir antes de poder dibujar la cronología:',
  '{count} problems to fix before the timeline can be drawn:':
    '{count, plural, one {# problema} other {# problemas}} que corregir antes de poder dibujar la cronología:',
  'Paste or open the article first.': 'Pegue o abra primero el artículo.',
  'Finding dates…': 'Buscando fechas…',
  'No date expressions found in this text. Select a passage to cite it by hand.':
    'No se han encontrado expresiones de fecha en este texto. Seleccione un pasaje para citarlo a mano.',
  '1 proposed event. Add the ones you want.': '1 acontecimiento propuesto. Añada los que quiera.',
  '{count} proposed events. Add the ones you want.':
    '{count, plural, one {# acontecimiento propuesto} other {# acontecimientos propuestos}}. Añada los que quiera.',
  'The date finder failed; reload the page to try again.':
    'La búsqueda de fechas ha fallado; recargue la página para volver a intentarlo.',
  '2. Dates in the article': '2. Las fechas del artículo',
  'Find dates': 'Buscar fechas',
  'Proposed events': 'Acontecimientos propuestos',
  unsure: 'dudoso',
  'Added to the draft': 'Añadido al borrador',
  'Add {date}: {expression}': 'Añadir {date}: {expression}',
  Add: 'Añadir',
  'Dismiss {date}: {expression}': 'Descartar {date}: {expression}',
  Dismiss: 'Descartar',
  'The importer did not load: reload the page to try again.':
    'El importador no se ha cargado: recargue la página para volver a intentarlo.',
  '1. The article': '1. El artículo',
  Title: 'Título',
  Publisher: 'Editor',
  Published: 'Publicado',
  Address: 'Dirección',
  'The publication day: “last year” and “on Friday” are counted from it.':
    'El día de publicación: «el año pasado» y «el viernes» se cuentan a partir de él.',
  'Open a .txt or .html file': 'Abrir un archivo .txt o .html',
  'Or open a dataset (ours, or TimelineJS .json or sheet .csv) to add citations to it':
    'O abrir un conjunto de datos (el nuestro, o TimelineJS en .json u hoja .csv) para añadirle citas',
  'Source text': 'Texto fuente',
  'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them. The text is too long: at most {limit} characters.':
    'Pegue el artículo palabra por palabra. Seleccione palabras aquí (con el ratón, o con Mayús y las flechas) para citarlas. El texto es demasiado largo: {limit} caracteres como máximo.',
  'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them.':
    'Pegue el artículo palabra por palabra. Seleccione palabras aquí (con el ratón, o con Mayús y las flechas) para citarlas.',
  'Sourceline Studio': 'Sourceline Studio',
  'Make a timeline of your own article: paste it, find its dates, add the events, download the dataset. Every event cites the article’s own words. Your drafts stay in this browser and are saved as you type.':
    'Haga la cronología de su propio artículo: péguelo, busque sus fechas, añada los acontecimientos, descargue el conjunto de datos. Cada acontecimiento cita las palabras exactas del artículo. Sus borradores se quedan en este navegador y se guardan mientras escribe.',
  'Opening your drafts…': 'Abriendo sus borradores…',
  Undo: 'Deshacer',
  Redo: 'Rehacer',
  'Download dataset': 'Descargar el conjunto de datos',
  'Open the reader': 'Abrir el lector',
  'Give the publication day as YYYY-MM-DD (e.g. 2023-03-17) first: relative dates hang on it.':
    'Indique primero el día de publicación como AAAA-MM-DD (p. ej., 2023-03-17): las fechas relativas dependen de él.',
  'The text is too long to find dates in ({length} characters; the limit is {limit}). Split it, or cite passages by selecting them.':
    'El texto es demasiado largo para buscar fechas en él ({length} caracteres; el límite es {limit}). Divídalo, o cite pasajes seleccionándolos.',
  'The date finder failed to start; reload the page to try again.':
    'La búsqueda de fechas no ha podido iniciarse; recargue la página para volver a intentarlo.',
  'Add at least one event before downloading.':
    'Añada al menos un acontecimiento antes de descargar.',
  'Fix the problem listed in the preview first.':
    'Corrija primero el problema indicado en la vista previa.',
  'Fix the {count} problems listed in the preview first.':
    'Corrija primero {count, plural, one {el problema indicado} other {los # problemas indicados}} en la vista previa.',
  'Downloaded {name}: open it in the reader with ?data=, or check it with npm run validate.':
    'Se ha descargado {name}: ábralo en el lector con ?data=, o compruébelo con npm run validate.',
  'the file': 'el archivo',
  'This is not a Sourceline dataset ({where}: {problem}).':
    'No es un conjunto de datos de Sourceline ({where}: {problem}).',
  'This dataset cites {count} sources, and the studio edits timelines of one source so far. Open it in the reader, or edit its JSON.':
    'Este conjunto de datos cita {count, plural, one {# fuente} other {# fuentes}}, y por ahora el estudio solo edita cronologías de una sola fuente. Ábralo en el lector, o edite su JSON.',
  'Untitled draft': 'Borrador sin título',
  'Your drafts': 'Sus borradores',
  'New draft': 'Nuevo borrador',
  Drafts: 'Borradores',
  '{title} (open)': '{title} (abierto)',
  'Open “{title}”': 'Abrir «{title}»',
  'changed {date}': 'modificado el {date}',
  'Delete “{title}”': 'Eliminar «{title}»',
  Delete: 'Eliminar',
  'Deleted “{title}”.': 'Se ha eliminado «{title}».',
  'Restore it': 'Restaurarlo',
  'This browser cannot keep drafts (no IndexedDB here): your work will be lost on reload. Download the dataset to keep it.':
    'Este navegador no puede guardar borradores (no hay IndexedDB): su trabajo se perderá al recargar. Descargue el conjunto de datos para conservarlo.',
  'The draft could not be saved (the browser’s storage is full, or refuses it in a private window): download the dataset to keep your work.':
    'No se ha podido guardar el borrador (el almacenamiento del navegador está lleno, o lo rechaza en una ventana privada): descargue el conjunto de datos para conservar su trabajo.',
  'Your saved drafts could not be read: this draft is not being saved. Download the dataset to keep your work.':
    'No se han podido leer sus borradores guardados: este borrador no se está guardando. Descargue el conjunto de datos para conservar su trabajo.',
  '“{name}” {reason}; nothing was changed.': '«{name}»: {reason}; no se ha cambiado nada.',
  '“{name}” is not valid JSON ({error}); nothing was changed.':
    '«{name}» no es JSON válido ({error}); no se ha cambiado nada.',
  'Opened “{name}”. Now open or paste its source text, “{file}”. (Undo brings the previous draft back.)':
    'Se ha abierto «{name}». Abra o pegue ahora su texto fuente, «{file}». (Deshacer recupera el borrador anterior.)',
  'Opened “{name}” with its source text. (Undo brings the previous draft back.)':
    'Se ha abierto «{name}» con su texto fuente. (Deshacer recupera el borrador anterior.)',
  '“{name}” (a TimelineJS sheet) could not be read: {problem}; nothing was changed.':
    'No se ha podido leer «{name}» (una hoja de TimelineJS): {problem}; no se ha cambiado nada.',
  '“{name}” (TimelineJS JSON) could not be read: {problem}; nothing was changed.':
    'No se ha podido leer «{name}» (JSON de TimelineJS): {problem}; no se ha cambiado nada.',
  'Opened “{name}” (a TimelineJS sheet): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'Se ha abierto «{name}» (una hoja de TimelineJS): 1 acontecimiento. Abra o pegue ahora el artículo del que procede, con su día de publicación, y cite el pasaje de cada acontecimiento. (Deshacer recupera el borrador anterior.)',
  'Opened “{name}” (a TimelineJS sheet): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'Se ha abierto «{name}» (una hoja de TimelineJS): {count, plural, one {# acontecimiento} other {# acontecimientos}}. Abra o pegue ahora el artículo del que procede, con su día de publicación, y cite el pasaje de cada acontecimiento. (Deshacer recupera el borrador anterior.)',
  'Opened “{name}” (TimelineJS JSON): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'Se ha abierto «{name}» (JSON de TimelineJS): 1 acontecimiento. Abra o pegue ahora el artículo del que procede, con su día de publicación, y cite el pasaje de cada acontecimiento. (Deshacer recupera el borrador anterior.)',
  'Opened “{name}” (TimelineJS JSON): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'Se ha abierto «{name}» (JSON de TimelineJS): {count, plural, one {# acontecimiento} other {# acontecimientos}}. Abra o pegue ahora el artículo del que procede, con su día de publicación, y cite el pasaje de cada acontecimiento. (Deshacer recupera el borrador anterior.)',
  '{message} Nothing was changed.': '{message} No se ha cambiado nada.',
  '“{name}” is too large ({size} MB); open a file under 20 MB.':
    '«{name}» es demasiado grande ({size, number} MB); abra un archivo de menos de 20 MB.',
  '“{name}” could not be read.': 'No se ha podido leer «{name}».',
  '“{name}” is not a text file (it looks like binary data); nothing was changed.':
    '«{name}» no es un archivo de texto (parece contener datos binarios); no se ha cambiado nada.',
  '“{name}” holds no words; nothing was changed.':
    '«{name}» no contiene palabras; no se ha cambiado nada.',
  '“{name}” is too long ({length} characters; the limit is {limit}).':
    '«{name}» es demasiado largo ({length} caracteres; el límite es {limit}).',
  'Opened “{name}” (its markup was removed: only the words are kept).':
    'Se ha abierto «{name}» (se ha quitado su marcado: solo se conservan las palabras).',
  'Opened “{name}”.': 'Se ha abierto «{name}».',
  'That is not a web address.': 'Eso no es una dirección web.',
  'The reader loads datasets only from its own site ({origin}): publish the file there.':
    'El lector solo carga conjuntos de datos de su propio sitio ({origin}): publique allí el archivo.',
  'Embed it in a page': 'Insertarlo en una página',
  'Address the dataset will be published at':
    'Dirección en la que se publicará el conjunto de datos',
  'Download the dataset, put the file on the same site as the reader, and give its address here: the snippet opens it in the reader with {data}. Paste the snippet into your page’s HTML.':
    'Descargue el conjunto de datos, ponga el archivo en el mismo sitio que el lector y escriba aquí su dirección: el código lo abre en el lector con {data}. Pegue el código en el HTML de su página.',
  'Embed snippet': 'Código de inserción',
  'Copy the embed snippet': 'Copiar el código de inserción',
  'Downloaded {name}: a dataset folder (timeline.json, source.txt, README.md).':
    'Se ha descargado {name}: una carpeta de conjunto de datos (timeline.json, source.txt, README.md).',
  'The zip could not be made (its code did not load): try again, or download the dataset.':
    'No se ha podido crear el zip (su código no se ha cargado): vuelva a intentarlo, o descargue el conjunto de datos.',
  'Downloaded {name}: 1 annotation (W3C Web Annotation, JSON-LD).':
    'Se ha descargado {name}: 1 anotación (W3C Web Annotation, JSON-LD).',
  'Downloaded {name}: {count} annotations (W3C Web Annotation, JSON-LD).':
    'Se ha descargado {name}: {count, plural, one {# anotación} other {# anotaciones}} (W3C Web Annotation, JSON-LD).',
  '5. Publish': '5. Publicar',
  'Download zip': 'Descargar el zip',
  'Download annotations': 'Descargar las anotaciones',
  'The zip is a dataset folder for a repository; the annotations are every citation as W3C Web Annotations (JSON-LD), for annotation tools.':
    'El zip es una carpeta de conjunto de datos para un repositorio; las anotaciones son todas las citas como W3C Web Annotations (JSON-LD), para herramientas de anotación.',
  'Untitled article': 'Artículo sin título',
  'Sourceline Studio — make a cited timeline':
    'Sourceline Studio — cree una cronología con fuentes',
};
export default studio;
