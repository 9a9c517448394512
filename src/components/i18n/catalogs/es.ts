/** The chrome in Spanish: English messages (see ../README.md) to ICU messages. */
import type { Catalog } from '../loadTranslator.ts';

const es: Catalog = {
  'All {count} events as a list':
    '{count, plural, one {El acontecimiento en forma de lista} other {Los # acontecimientos en forma de lista}}',
  'Show {count} more': 'Mostrar {count, number} más',
  Language: 'Idioma',
  Open: 'Abrir',
  'Export and cite': 'Exportar y citar',
  'The source': 'La fuente',
  Sources: 'Fuentes',
  'Make your own cited timeline': 'Cree su propia cronología con fuentes',
  'Open on the publisher’s page': 'Abrir en la página del editor',
  '{title}, {date}, {lane}': '{title}, {date}, {lane}',
  '{title}, {date}, {lane} (approximate date)': '{title}, {date}, {lane} (fecha aproximada)',
  '{title}, {date}, {lane} (uncertain date)': '{title}, {date}, {lane} (fecha incierta)',
  '{title}, {date}, {lane} (approximate, uncertain date)':
    '{title}, {date}, {lane} (fecha aproximada e incierta)',
  '{title} — {date}': '{title} — {date}',
  '{count} events, {range}. List them.':
    '{count, plural, one {# acontecimiento} other {# acontecimientos}}, {range}. Mostrarlos en una lista.',
  '{count} events, {range}. Zoom in to see them.':
    '{count, plural, one {# acontecimiento} other {# acontecimientos}}, {range}. Amplíe para verlos.',
  '{count} events, {range}':
    '{count, plural, one {# acontecimiento} other {# acontecimientos}}, {range}',
  '{first} to {last}': 'de {first} a {last}',
  'all beginning {date}': 'todos con inicio en {date}',
  '{count} events in time order, {span}':
    '{count, plural, one {# acontecimiento} other {# acontecimientos}} en orden cronológico, {span}',
  'stated in the article': 'indicada en el artículo',
  'inferred from the article': 'deducida del artículo',
  'from the public record': 'tomada del registro público',
  'Dismiss message': 'Cerrar el mensaje',
  Present: 'Presentar',
  'Print handout': 'Imprimir la ficha',
  'No event selected': 'Ningún acontecimiento seleccionado',
  'Choose an event on the timeline, or a highlighted passage in the source, to see it here.':
    'Elija un acontecimiento en la cronología, o un pasaje resaltado en la fuente, para verlo aquí.',
  'The article says': 'El artículo dice',
  'no date': 'sin fecha',
  'Date from': 'Origen de la fecha',
  Actors: 'Actores',
  Notes: 'Notas',
  'Show in the article': 'Ver en el artículo',
  'This timeline has no source text to cite.': 'Esta cronología no tiene texto fuente que citar.',
  Media: 'Multimedia',
  Legend: 'Leyenda',
  'an exact day': 'un día exacto',
  'a span: an interval, or a date known only to the month or year':
    'un periodo: un intervalo, o una fecha conocida solo hasta el mes o el año',
  'dashed, faded edges: approximate (“c.”)':
    'bordes discontinuos y difuminados: aproximada («hacia»)',
  'hatched: uncertain (“?”)': 'rayado: incierta («¿?»)',
  'several events too close to show apart: activate to zoom in':
    'un grupo de acontecimientos demasiado próximos para distinguirlos: actívelo para ampliar',
  'a break in the axis: a long stretch with no events, drawn shorter than its share of time':
    'un corte en el eje: un largo periodo sin acontecimientos, dibujado más corto de lo que dura',
  'Each lane has its own colour, and its name beside it. Zoom with the wheel, a pinch, the buttons or + and −; drag to pan; arrow keys move between events. On a narrow screen the timeline runs down the page: scroll to move through it, and use the buttons to zoom.':
    'Cada franja tiene su color y su nombre al lado. Amplíe con la rueda, pellizcando, con los botones o con + y −; arrastre para desplazarse; las flechas pasan de un acontecimiento a otro. En una pantalla estrecha la cronología baja por la página: desplácese para recorrerla y use los botones para ampliar.',
  'Zoom in': 'Ampliar',
  'Zoom in (+)': 'Ampliar (+)',
  'Zoom out': 'Reducir',
  'Zoom out (−)': 'Reducir (−)',
  Fit: 'Todo',
  'Show the whole timeline (0)': 'Mostrar toda la cronología (0)',
  Zoom: 'Zoom',
  'Skip to the source': 'Ir a la fuente',
  Timeline: 'Cronología',
  'This timeline was imported without a source text, so its events carry no cited passages.':
    'Esta cronología se importó sin texto fuente, así que sus acontecimientos no citan ningún pasaje.',
  'Slide {number} of {count}: {date}, {title}':
    'Diapositiva {number, number} de {count, number}: {date}, {title}',
  'Slide {number} of {count}: {title}': 'Diapositiva {number, number} de {count, number}: {title}',
  'Slide {number} of {count}': 'Diapositiva {number, number} de {count, number}',
  Previous: 'Anterior',
  Next: 'Siguiente',
  'Full screen': 'Pantalla completa',
  Exit: 'Salir',
  'the article says “{words}”': 'el artículo dice «{words}»',
  'Every quotation is word for word from {source}.':
    'Todas las citas se reproducen textualmente de {source}.',
  '{right} or {pageDown} next · {left} or {pageUp} back · {f} full screen · {esc} leave':
    '{right} o {pageDown} siguiente · {left} o {pageUp} anterior · {f} pantalla completa · {esc} salir',
  'No events': 'Ningún acontecimiento',
  'One event, {range}': 'Un acontecimiento, {range}',
  'All events: jump to a slide': 'Todos los acontecimientos: ir a una diapositiva',
  '{date}: {title}': '{date}: {title}',
  'Loading the timeline': 'Cargando la cronología',
  'Checking {done} of {total} events': 'Comprobando los acontecimientos: {done} de {total}',
  'Cite this timeline': 'Citar esta cronología',
  'The timeline': 'La cronología',
  'Copy the timeline’s citation': 'Copiar la cita de la cronología',
  'Its source article': 'Su artículo de origen',
  'Copy the article’s citation': 'Copiar la cita del artículo',
  'This timeline was imported without a source text, so it has no article to cite.':
    'Esta cronología se importó sin texto fuente, así que no tiene artículo que citar.',
  Close: 'Cerrar',
  Copied: 'Copiado',
  'Selected: press Ctrl+C (⌘C on a Mac) to copy':
    'Seleccionado: pulse Ctrl+C (⌘C en un Mac) para copiar',
  'Preparing…': 'Preparando…',
  'Saved {file}': 'Guardado: {file}',
  'Could not export: {reason}': 'No se pudo exportar: {reason}',
  'Download the dataset': 'Descargar el conjunto de datos',
  'Dataset (JSON)': 'Conjunto de datos (JSON)',
  'Dataset (CSV, TimelineJS sheet)': 'Conjunto de datos (CSV, hoja de TimelineJS)',
  'Source text (TXT)': 'Texto fuente (TXT)',
  'Save this view as a picture': 'Guardar esta vista como imagen',
  'This view (SVG)': 'Esta vista (SVG)',
  'This view (PNG, 2×)': 'Esta vista (PNG, 2×)',
  'Automatic (follows the reader’s setting)': 'Automático (según el ajuste del lector)',
  Light: 'Claro',
  Dark: 'Oscuro',
  'Plain: only the timeline and the event’s details':
    'Sencillo: solo la cronología y los detalles del acontecimiento',
  'Transparent: your page’s background shows through': 'Transparente: se ve el fondo de su página',
  'Still picture: the whole timeline and a link, nothing to operate':
    'Imagen fija: toda la cronología y un enlace, sin controles',
  '{title} — interactive timeline': '{title} — cronología interactiva',
  'Embed this timeline': 'Insertar esta cronología',
  'Paste this code into your article’s HTML. The frame grows and shrinks to fit its content; several timelines can share one page.':
    'Pegue este código en el HTML de su artículo. El marco crece y se reduce para ajustarse a su contenido; varias cronologías pueden compartir una página.',
  'This is the single-file copy of the timeline. It has no {script} beside it, so the frame cannot size itself to its content: the code gives it a fixed height of {height} px, which you can change. For a frame that fits its content, publish the web build and copy the code from there.':
    'Esta es la copia de un solo archivo de la cronología. No tiene {script} al lado, así que el marco no puede ajustarse a su contenido: el código le da una altura fija de {height} px, que puede cambiar. Para un marco que se ajuste, publique la versión web y copie el código desde allí.',
  'This copy is opened from a file, so the code below only works on this computer. Publish the timeline on a web server and copy the code from there.':
    'Esta copia se abrió desde un archivo, así que el código de abajo solo funciona en este ordenador. Publique la cronología en un servidor web y copie el código desde allí.',
  'Starting event': 'Acontecimiento inicial',
  'None: the whole timeline': 'Ninguno: toda la cronología',
  Theme: 'Tema',
  Appearance: 'Apariencia',
  Preview: 'Vista previa',
  'Preview of the embed': 'Vista previa de la inserción',
  'Embed code': 'Código de inserción',
  Copy: 'Copiar',
  Embed: 'Insertar',
  'Open full timeline': 'Abrir la cronología completa',
  '(opens in a new tab)': '(se abre en una pestaña nueva)',
  '{count} events in {lane}':
    '{count, plural, one {# acontecimiento} other {# acontecimientos}} en {lane}',
  'They all begin at the same moment, so zooming in cannot draw them apart. Choose one to see it.':
    'Todos comienzan en el mismo momento, así que ampliar no puede separarlos. Elija uno para verlo.',
  'And {count} more: the list of all events, below the timeline, has every one.':
    'Y {count, number} más: la lista de todos los acontecimientos, bajo la cronología, los incluye todos.',
  'Source: {source}. Quotations are word for word from it.':
    'Fuente: {source}. Las citas se reproducen textualmente de ella.',
  'Sources: {sources}. Quotations are word for word from them.':
    'Fuentes: {sources}. Las citas se reproducen textualmente de ellas.',
  'This timeline has no source text, so its events quote nothing.':
    'Esta cronología no tiene texto fuente, así que sus acontecimientos no citan nada.',
  'The whole timeline: {count} events':
    'Toda la cronología: {count, plural, one {# acontecimiento} other {# acontecimientos}}',
  'This timeline could not be shown': 'No se pudo mostrar esta cronología',
  '…and {count} more ({command} lists them all).':
    '…y {count, number} más ({command} los enumera todos).',
  'Try again': 'Volver a intentarlo',
  'Reload the page': 'Recargar la página',
  'Open the built-in timeline': 'Abrir la cronología incluida',
  'The dataset at this address could not be loaded. Nothing was drawn. Try again, or open the built-in timeline.':
    'El conjunto de datos de esta dirección no se pudo cargar. No se ha dibujado nada. Vuelva a intentarlo o abra la cronología incluida.',
  'The dataset at this address could not be loaded. Nothing was drawn. Reload the page to try again, or open the built-in timeline.':
    'El conjunto de datos de esta dirección no se pudo cargar. No se ha dibujado nada. Recargue la página para volver a intentarlo o abra la cronología incluida.',
  'The timeline could not be loaded. Nothing was drawn. Try again, or open the built-in timeline.':
    'La cronología no se pudo cargar. No se ha dibujado nada. Vuelva a intentarlo o abra la cronología incluida.',
  'The timeline could not be loaded. Nothing was drawn. Reload the page to try again, or open the built-in timeline.':
    'La cronología no se pudo cargar. No se ha dibujado nada. Recargue la página para volver a intentarlo o abra la cronología incluida.',
  'The dataset at this address has a problem. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'El conjunto de datos de esta dirección tiene un problema. No se ha dibujado nada, así que nada de lo que se muestra es erróneo. Corrija el conjunto de datos y recargue.',
  'The dataset at this address has {count} problems. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'El conjunto de datos de esta dirección tiene {count, plural, one {# problema} other {# problemas}}. No se ha dibujado nada, así que nada de lo que se muestra es erróneo. Corrija el conjunto de datos y recargue.',
  'The timeline has a problem. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'La cronología tiene un problema. No se ha dibujado nada, así que nada de lo que se muestra es erróneo. Corrija el conjunto de datos y recargue.',
  'The timeline has {count} problems. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'La cronología tiene {count, plural, one {# problema} other {# problemas}}. No se ha dibujado nada, así que nada de lo que se muestra es erróneo. Corrija el conjunto de datos y recargue.',
  'Something went wrong': 'Algo ha fallado',
  'A part of the app could not be downloaded (the connection failed, or the site was just updated). Your data is unchanged.':
    'No se pudo descargar una parte de la aplicación (falló la conexión o el sitio acaba de actualizarse). Sus datos no han cambiado.',
  'The timeline stopped working. Your data is unchanged.':
    'La cronología dejó de funcionar. Sus datos no han cambiado.',
  'the app': 'la aplicación',
  loading: 'la carga',
  'a part of its code could not be downloaded (the connection failed, or the site was just updated); reloading usually fixes this':
    'no se pudo descargar una parte de su código (falló la conexión o el sitio acaba de actualizarse); recargar suele solucionarlo',
  'stopped with an unexpected error ({detail})': 'se detuvo por un error inesperado ({detail})',
  'Loading the presentation…': 'Cargando la presentación…',
  'Loading the picture…': 'Cargando la imagen…',
  'Selected: {title}, {date}': 'Seleccionado: {title}, {date}',
  'Selection cleared': 'Selección borrada',
  'Quotes from {sources}': 'Citas tomadas de {sources}',
  'Drag to pan. Zoom with the buttons, Ctrl/⌘ and the scroll wheel, or a pinch.':
    'Arrastre para desplazarse. Amplíe con los botones, Ctrl/⌘ y la rueda del ratón, o pellizcando.',
  'Drag to pan. Zoom with the buttons or a pinch.':
    'Arrastre para desplazarse. Amplíe con los botones o pellizcando.',
  'Choose an event on the timeline to see the words of the source it cites.':
    'Elija un acontecimiento en la cronología para ver las palabras de la fuente que cita.',
  'Shown word for word; highlighted passages are cited by events.':
    'Reproducido palabra por palabra; los pasajes resaltados los citan los acontecimientos.',
  'No source text: this timeline was imported without one. Made with Sourceline.':
    'Sin texto fuente: esta cronología se importó sin él. Hecho con Sourceline.',
  'Source: {sources}. Made with Sourceline.': 'Fuente: {sources}. Hecho con Sourceline.',
  'Sources: {sources}. Made with Sourceline.': 'Fuentes: {sources}. Hecho con Sourceline.',
  '{title}: a picture of the whole timeline, {count} events, from {first} to {last}':
    '{title}: imagen de toda la cronología, {count, plural, one {# acontecimiento} other {# acontecimientos}}, de {first} a {last}',
  '{title}: a picture of the whole timeline, with no events':
    '{title}: imagen de toda la cronología, sin acontecimientos',
  'The events in the picture': 'Los acontecimientos de la imagen',
  'This link’s address is too long to read, so the timeline opens as it does by default.':
    'La dirección de este enlace es demasiado larga para leerla, así que la cronología se abre como por defecto.',
  'The link names an event that is not valid (“{value}”), so no event is selected.':
    'El enlace nombra un acontecimiento no válido («{value}»), así que no se selecciona ninguno.',
  'The link asks for a language this page does not have (“{value}”), so it follows your browser’s language.':
    'El enlace pide un idioma que esta página no tiene («{value}»), así que sigue el idioma de su navegador.',
  'The dataset address (“{value}”) is not a valid URL, so the built-in timeline is shown.':
    'La dirección del conjunto de datos («{value}») no es una URL válida, así que se muestra la cronología incluida.',
  'Datasets can only be loaded from this site (“{value}” is elsewhere), so the built-in timeline is shown.':
    'Los conjuntos de datos solo pueden cargarse desde este sitio («{value}» está en otro), así que se muestra la cronología incluida.',
  'This link’s event “{event}” is not in this timeline, so no event is selected.':
    'El acontecimiento «{event}» de este enlace no está en esta cronología, así que no se selecciona ninguno.',
  'Zooming and panning could not be loaded (the network may be down): reload the page to use them.':
    'No se pudieron cargar el zoom y el desplazamiento (quizá no hay red): recargue la página para usarlos.',
  // The studio (studio.html).
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
export default es;
