/** The chrome in French: English messages (see ../README.md) to ICU messages. */
import type { Catalog } from '../loadTranslator.ts';

const fr: Catalog = {
  'All {count} events as a list':
    '{count, plural, one {L’événement sous forme de liste} other {Les # événements sous forme de liste}}',
  'Show {count} more': 'En afficher {count, number} de plus',
  Language: 'Langue',
  Open: 'Ouvrir',
  'Export and cite': 'Exporter et citer',
  'The source': 'La source',
  '{title}, {date}, {lane}': '{title}, {date}, {lane}',
  '{title}, {date}, {lane} (approximate date)': '{title}, {date}, {lane} (date approximative)',
  '{title}, {date}, {lane} (uncertain date)': '{title}, {date}, {lane} (date incertaine)',
  '{title}, {date}, {lane} (approximate, uncertain date)':
    '{title}, {date}, {lane} (date approximative et incertaine)',
  '{title} — {date}': '{title} — {date}',
  '{count} events, {range}. List them.':
    '{count, plural, one {# événement} other {# événements}}, {range}. Les lister.',
  '{count} events, {range}. Zoom in to see them.':
    '{count, plural, one {# événement} other {# événements}}, {range}. Zoomez pour les voir.',
  '{count} events, {range}': '{count, plural, one {# événement} other {# événements}}, {range}',
  '{first} to {last}': 'de {first} à {last}',
  'all beginning {date}': 'tous commençant à la même date : {date}',
  '{count} events in time order, {span}':
    '{count, plural, one {# événement} other {# événements}} dans l’ordre chronologique, {span}',
  'stated in the article': 'indiquée dans l’article',
  'inferred from the article': 'déduite de l’article',
  'from the public record': 'tirée des sources publiques',
  'Dismiss message': 'Fermer le message',
  Present: 'Présenter',
  'Print handout': 'Imprimer la fiche',
  'No event selected': 'Aucun événement sélectionné',
  'Choose an event on the timeline, or a highlighted passage in the source, to see it here.':
    'Choisissez un événement sur la frise, ou un passage surligné dans la source, pour l’afficher ici.',
  'The article says': 'L’article dit',
  'no date': 'aucune date',
  'Date from': 'Source de la date',
  Actors: 'Acteurs',
  Notes: 'Remarques',
  'Show in the article': 'Voir dans l’article',
  'This timeline has no source text to cite.': 'Cette frise n’a pas de texte source à citer.',
  Media: 'Média',
  Legend: 'Légende',
  'an exact day': 'un jour précis',
  'a span: an interval, or a date known only to the month or year':
    'une durée : un intervalle, ou une date connue seulement au mois ou à l’année',
  'dashed, faded edges: approximate (“c.”)': 'bords en tirets, estompés : approximatif (« vers »)',
  'hatched: uncertain (“?”)': 'hachuré : incertain (« ? »)',
  'several events too close to show apart: activate to zoom in':
    'un groupe d’événements trop proches pour être distingués : activez-le pour zoomer',
  'a break in the axis: a long stretch with no events, drawn shorter than its share of time':
    'une coupure de l’axe : une longue période sans événement, dessinée plus courte que sa durée réelle',
  'Each lane has its own colour, and its name beside it. Zoom with the wheel, a pinch, the buttons or + and −; drag to pan; arrow keys move between events. On a narrow screen the timeline runs down the page: scroll to move through it, and use the buttons to zoom.':
    'Chaque ligne a sa couleur, et son nom à côté. Zoomez avec la molette, en pinçant, avec les boutons ou + et − ; faites glisser pour vous déplacer ; les flèches passent d’un événement à l’autre. Sur un écran étroit, la frise se déroule vers le bas de la page : faites défiler pour la parcourir, et zoomez avec les boutons.',
  'Zoom in': 'Zoomer',
  'Zoom in (+)': 'Zoomer (+)',
  'Zoom out': 'Dézoomer',
  'Zoom out (−)': 'Dézoomer (−)',
  Fit: 'Tout',
  'Show the whole timeline (0)': 'Afficher toute la frise (0)',
  Zoom: 'Zoom',
  'Skip to the source': 'Aller à la source',
  Timeline: 'Frise chronologique',
  'This timeline was imported without a source text, so its events carry no cited passages.':
    'Cette frise a été importée sans texte source : ses événements ne citent donc aucun passage.',
  'Slide {number} of {count}: {date}, {title}':
    'Diapositive {number, number} sur {count, number} : {date}, {title}',
  'Slide {number} of {count}: {title}':
    'Diapositive {number, number} sur {count, number} : {title}',
  'Slide {number} of {count}': 'Diapositive {number, number} sur {count, number}',
  Previous: 'Précédente',
  Next: 'Suivante',
  'Full screen': 'Plein écran',
  Exit: 'Quitter',
  'the article says “{words}”': 'l’article dit « {words} »',
  'Every quotation is word for word from {source}.':
    'Toutes les citations sont reprises mot pour mot de {source}.',
  '{right} or {pageDown} next · {left} or {pageUp} back · {f} full screen · {esc} leave':
    '{right} ou {pageDown} suivante · {left} ou {pageUp} précédente · {f} plein écran · {esc} quitter',
  'No events': 'Aucun événement',
  'One event, {range}': 'Un événement, {range}',
  'All events: jump to a slide': 'Tous les événements : aller à une diapositive',
  '{date}: {title}': '{date} : {title}',
  'Loading the timeline': 'Chargement de la frise',
  'Checking {done} of {total} events': 'Vérification des événements : {done} sur {total}',
};
export default fr;
