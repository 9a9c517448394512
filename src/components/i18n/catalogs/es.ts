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
};
export default es;
