/** The chrome in Spanish: English messages (see ../README.md) to ICU messages. */
import type { Catalog } from '../loadTranslator.ts';
import studio from './studio/es.ts';

const es: Catalog = {
  'The event as a list': 'El acontecimiento en forma de lista',
  'All {count} events as a list':
    '{count, plural, one {El acontecimiento en forma de lista} other {Los # acontecimientos en forma de lista}}',
  'Show {count} more': 'Mostrar {count, number} más',
  Language: 'Idioma',
  'Eras, shaded behind the events of their time:':
    'Épocas, sombreadas detrás de los acontecimientos de su tiempo:',
  Timelines: 'Cronologías',
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
  '1 event, {range}. Zoom in to see it.': '1 acontecimiento, {range}. Amplíe para verlo.',
  '1 event, {range}': '1 acontecimiento, {range}',
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
  'Events checked: {total}. Drawing the timeline…':
    'Acontecimientos comprobados: {total, number}. Dibujando la cronología…',
  'Checking {done} of about {total} events':
    'Comprobando los acontecimientos: {done, number} de unos {total, number}',
  'Checking {done} of {total} events':
    'Comprobando los acontecimientos: {done, number} de {total, number}',
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
  // The handout's number of an event, as a numbered list writes it.
  '{number}.': '{number, number}.',
  'Source: {source}. Quotations are word for word from it.':
    'Fuente: {source}. Las citas se reproducen textualmente de ella.',
  'Sources: {sources}. Quotations are word for word from them.':
    'Fuentes: {sources}. Las citas se reproducen textualmente de ellas.',
  'This timeline has no source text, so its events quote nothing.':
    'Esta cronología no tiene texto fuente, así que sus acontecimientos no citan nada.',
  'The whole timeline: one event': 'Toda la cronología: un acontecimiento',
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
  '“{title}”, {publisher}, {published}': '«{title}», {publisher}, {published}',
  '“{title}”, {published}': '«{title}», {published}',
  '{publisher}, {published}': '{publisher}, {published}',
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
  '{title}: a picture of the whole timeline, one event, {date}':
    '{title}: imagen de toda la cronología, un acontecimiento, {date}',
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
  // The description's button on a phone.
  'Read more': 'Leer más',
  'Show less': 'Mostrar menos',
  // The vertical view's breaks over long empty stretches.
  '{count} years later': '{count, plural, one {# año después} other {# años después}}',
  '{count} months later': '{count, plural, one {# mes después} other {# meses después}}',
  later: 'más tarde',
  // The studio (studio.html): studio/es.ts.
  ...studio,
};
export default es;
