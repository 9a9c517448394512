/** The chrome in French: English messages (see ../README.md) to ICU messages. */
import type { Catalog } from '../loadTranslator.ts';
import studio from './studio/fr.ts';

const fr: Catalog = {
  'The event as a list': 'L’événement sous forme de liste',
  'All {count} events as a list':
    '{count, plural, one {L’événement sous forme de liste} other {Les # événements sous forme de liste}}',
  'Show {count} more': 'En afficher {count, number} de plus',
  Language: 'Langue',
  'Eras, shaded behind the events of their time:':
    'Périodes, en fond grisé derrière les événements de leur temps :',
  Timelines: 'Frises',
  'Export and cite': 'Exporter et citer',
  'The source': 'La source',
  Sources: 'Sources',
  'Make your own cited timeline': 'Créez votre propre frise sourcée',
  'Open on the publisher’s page': 'Ouvrir sur la page de l’éditeur',
  '{title}, {date}, {lane}': '{title}, {date}, {lane}',
  '{title}, {date}, {lane} (approximate date)': '{title}, {date}, {lane} (date approximative)',
  '{title}, {date}, {lane} (uncertain date)': '{title}, {date}, {lane} (date incertaine)',
  '{title}, {date}, {lane} (approximate, uncertain date)':
    '{title}, {date}, {lane} (date approximative et incertaine)',
  '{title} — {date}': '{title} — {date}',
  '1 event, {range}. Zoom in to see it.': '1 événement, {range}. Zoomez pour le voir.',
  '1 event, {range}': '1 événement, {range}',
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
  'Events checked: {total}. Drawing the timeline…':
    'Événements vérifiés : {total, number}. Affichage de la frise…',
  'Checking {done} of about {total} events':
    'Vérification des événements : {done, number} sur environ {total, number}',
  'Checking {done} of {total} events':
    'Vérification des événements : {done, number} sur {total, number}',
  'Cite this timeline': 'Citer cette frise',
  'The timeline': 'La frise',
  'Copy the timeline’s citation': 'Copier la référence de la frise',
  'Its source article': 'Son article source',
  'Copy the article’s citation': 'Copier la référence de l’article',
  'This timeline was imported without a source text, so it has no article to cite.':
    'Cette frise a été importée sans texte source : il n’y a donc pas d’article à citer.',
  Close: 'Fermer',
  Copied: 'Copié',
  'Selected: press Ctrl+C (⌘C on a Mac) to copy':
    'Sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour copier',
  'Preparing…': 'Préparation…',
  'Saved {file}': 'Enregistré : {file}',
  'Could not export: {reason}': 'Exportation impossible : {reason}',
  'Download the dataset': 'Télécharger le jeu de données',
  'Dataset (JSON)': 'Jeu de données (JSON)',
  'Dataset (CSV, TimelineJS sheet)': 'Jeu de données (CSV, tableur TimelineJS)',
  'Source text (TXT)': 'Texte source (TXT)',
  'Save this view as a picture': 'Enregistrer cette vue comme image',
  'This view (SVG)': 'Cette vue (SVG)',
  'This view (PNG, 2×)': 'Cette vue (PNG, 2×)',
  'Automatic (follows the reader’s setting)': 'Automatique (selon le réglage du lecteur)',
  Light: 'Clair',
  Dark: 'Sombre',
  'Plain: only the timeline and the event’s details':
    'Sobre : seulement la frise et le détail de l’événement',
  'Transparent: your page’s background shows through':
    'Transparent : le fond de votre page reste visible',
  'Still picture: the whole timeline and a link, nothing to operate':
    'Image fixe : toute la frise et un lien, sans commandes',
  '{title} — interactive timeline': '{title} — frise chronologique interactive',
  'Embed this timeline': 'Intégrer cette frise',
  'Paste this code into your article’s HTML. The frame grows and shrinks to fit its content; several timelines can share one page.':
    'Collez ce code dans le HTML de votre article. Le cadre s’agrandit et se réduit selon son contenu ; plusieurs frises peuvent figurer sur une même page.',
  'This is the single-file copy of the timeline. It has no {script} beside it, so the frame cannot size itself to its content: the code gives it a fixed height of {height} px, which you can change. For a frame that fits its content, publish the web build and copy the code from there.':
    'Ceci est la copie en un seul fichier de la frise. Elle n’a pas de {script} à côté d’elle : le cadre ne peut donc pas s’ajuster à son contenu, et le code lui donne une hauteur fixe de {height} px, que vous pouvez modifier. Pour un cadre qui s’ajuste, publiez la version web et copiez le code depuis celle-ci.',
  'This copy is opened from a file, so the code below only works on this computer. Publish the timeline on a web server and copy the code from there.':
    'Cette copie est ouverte depuis un fichier : le code ci-dessous ne fonctionne que sur cet ordinateur. Publiez la frise sur un serveur web et copiez le code depuis celui-ci.',
  'Starting event': 'Événement de départ',
  'None: the whole timeline': 'Aucun : toute la frise',
  Theme: 'Thème',
  Appearance: 'Apparence',
  Preview: 'Aperçu',
  'Preview of the embed': 'Aperçu de l’intégration',
  'Embed code': 'Code d’intégration',
  Copy: 'Copier',
  Embed: 'Intégrer',
  'Open full timeline': 'Ouvrir la frise complète',
  '(opens in a new tab)': '(s’ouvre dans un nouvel onglet)',
  '{count} events in {lane}': '{count, plural, one {# événement} other {# événements}} dans {lane}',
  'They all begin at the same moment, so zooming in cannot draw them apart. Choose one to see it.':
    'Ils commencent tous au même moment : aucun zoom ne peut les séparer. Choisissez-en un pour le voir.',
  'And {count} more: the list of all events, below the timeline, has every one.':
    'Et {count, number} de plus : la liste de tous les événements, sous la frise, les contient tous.',
  // The handout's number of an event, as a numbered list writes it.
  '{number}.': '{number, number}.',
  'Source: {source}. Quotations are word for word from it.':
    'Source : {source}. Les citations en sont reprises mot pour mot.',
  'Sources: {sources}. Quotations are word for word from them.':
    'Sources : {sources}. Les citations en sont reprises mot pour mot.',
  'This timeline has no source text, so its events quote nothing.':
    'Cette frise n’a pas de texte source : ses événements ne citent rien.',
  'The whole timeline: one event': 'Toute la frise : un événement',
  'The whole timeline: {count} events':
    'Toute la frise : {count, plural, one {# événement} other {# événements}}',
  'This timeline could not be shown': 'Impossible d’afficher cette frise',
  '…and {count} more ({command} lists them all).':
    '…et {count, number} de plus ({command} les liste tous).',
  'Try again': 'Réessayer',
  'Reload the page': 'Recharger la page',
  'Open the built-in timeline': 'Ouvrir la frise intégrée',
  'The dataset at this address could not be loaded. Nothing was drawn. Try again, or open the built-in timeline.':
    'Le jeu de données à cette adresse n’a pas pu être chargé. Rien n’a été dessiné. Réessayez, ou ouvrez la frise intégrée.',
  'The dataset at this address could not be loaded. Nothing was drawn. Reload the page to try again, or open the built-in timeline.':
    'Le jeu de données à cette adresse n’a pas pu être chargé. Rien n’a été dessiné. Rechargez la page pour réessayer, ou ouvrez la frise intégrée.',
  'The timeline could not be loaded. Nothing was drawn. Try again, or open the built-in timeline.':
    'La frise n’a pas pu être chargée. Rien n’a été dessiné. Réessayez, ou ouvrez la frise intégrée.',
  'The timeline could not be loaded. Nothing was drawn. Reload the page to try again, or open the built-in timeline.':
    'La frise n’a pas pu être chargée. Rien n’a été dessiné. Rechargez la page pour réessayer, ou ouvrez la frise intégrée.',
  'The dataset at this address has a problem. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'Le jeu de données à cette adresse a un problème. Rien n’a été dessiné, donc rien de ce qui est affiché n’est faux. Corrigez le jeu de données et rechargez.',
  'The dataset at this address has {count} problems. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'Le jeu de données à cette adresse {count, plural, one {a # problème} other {a # problèmes}}. Rien n’a été dessiné, donc rien de ce qui est affiché n’est faux. Corrigez le jeu de données et rechargez.',
  'The timeline has a problem. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'La frise a un problème. Rien n’a été dessiné, donc rien de ce qui est affiché n’est faux. Corrigez le jeu de données et rechargez.',
  'The timeline has {count} problems. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'La frise {count, plural, one {a # problème} other {a # problèmes}}. Rien n’a été dessiné, donc rien de ce qui est affiché n’est faux. Corrigez le jeu de données et rechargez.',
  'Something went wrong': 'Un problème est survenu',
  'A part of the app could not be downloaded (the connection failed, or the site was just updated). Your data is unchanged.':
    'Une partie de l’application n’a pas pu être téléchargée (la connexion a échoué, ou le site vient d’être mis à jour). Vos données sont intactes.',
  'The timeline stopped working. Your data is unchanged.':
    'La frise a cessé de fonctionner. Vos données sont intactes.',
  'the app': 'l’application',
  loading: 'le chargement',
  'a part of its code could not be downloaded (the connection failed, or the site was just updated); reloading usually fixes this':
    'une partie de son code n’a pas pu être téléchargée (la connexion a échoué, ou le site vient d’être mis à jour) ; recharger la page règle généralement le problème',
  'stopped with an unexpected error ({detail})':
    's’est arrêté sur une erreur inattendue ({detail})',
  'Loading the presentation…': 'Chargement de la présentation…',
  'Loading the picture…': 'Chargement de l’image…',
  'Selected: {title}, {date}': 'Sélectionné : {title}, {date}',
  'Selection cleared': 'Sélection effacée',
  '“{title}”, {publisher}, {published}': '« {title} », {publisher}, {published}',
  '“{title}”, {published}': '« {title} », {published}',
  '{publisher}, {published}': '{publisher}, {published}',
  'Quotes from {sources}': 'Citations tirées de {sources}',
  'Drag to pan. Zoom with the buttons, Ctrl/⌘ and the scroll wheel, or a pinch.':
    'Faites glisser pour vous déplacer. Zoomez avec les boutons, Ctrl/⌘ et la molette, ou en pinçant.',
  'Drag to pan. Zoom with the buttons or a pinch.':
    'Faites glisser pour vous déplacer. Zoomez avec les boutons ou en pinçant.',
  'Choose an event on the timeline to see the words of the source it cites.':
    'Choisissez un événement sur la frise pour voir les mots de la source qu’il cite.',
  'Shown word for word; highlighted passages are cited by events.':
    'Reproduit mot pour mot ; les passages surlignés sont cités par des événements.',
  'No source text: this timeline was imported without one. Made with Sourceline.':
    'Pas de texte source : cette frise a été importée sans. Réalisé avec Sourceline.',
  'Source: {sources}. Made with Sourceline.': 'Source : {sources}. Réalisé avec Sourceline.',
  'Sources: {sources}. Made with Sourceline.': 'Sources : {sources}. Réalisé avec Sourceline.',
  '{title}: a picture of the whole timeline, {count} events, from {first} to {last}':
    '{title} : image de toute la frise, {count, plural, one {# événement} other {# événements}}, de {first} à {last}',
  '{title}: a picture of the whole timeline, one event, {date}':
    '{title} : image de toute la frise, un événement, {date}',
  '{title}: a picture of the whole timeline, with no events':
    '{title} : image de toute la frise, sans événement',
  'The events in the picture': 'Les événements de l’image',
  'This link’s address is too long to read, so the timeline opens as it does by default.':
    'L’adresse de ce lien est trop longue pour être lue : la frise s’ouvre donc comme par défaut.',
  'The link names an event that is not valid (“{value}”), so no event is selected.':
    'Le lien désigne un événement non valide (« {value} ») : aucun événement n’est donc sélectionné.',
  'The link asks for a language this page does not have (“{value}”), so it follows your browser’s language.':
    'Le lien demande une langue que cette page n’a pas (« {value} ») : elle suit donc la langue de votre navigateur.',
  'The dataset address (“{value}”) is not a valid URL, so the built-in timeline is shown.':
    'L’adresse du jeu de données (« {value} ») n’est pas une URL valide : la frise intégrée est donc affichée.',
  'Datasets can only be loaded from this site (“{value}” is elsewhere), so the built-in timeline is shown.':
    'Les jeux de données ne peuvent être chargés que depuis ce site (« {value} » est ailleurs) : la frise intégrée est donc affichée.',
  'This link’s event “{event}” is not in this timeline, so no event is selected.':
    'L’événement « {event} » de ce lien n’est pas dans cette frise : aucun événement n’est donc sélectionné.',
  'Zooming and panning could not be loaded (the network may be down): reload the page to use them.':
    'Le zoom et le déplacement n’ont pas pu être chargés (le réseau est peut-être coupé) : rechargez la page pour les utiliser.',
  // The description's button on a phone.
  'Read more': 'Lire la suite',
  'Show less': 'Afficher moins',
  // The vertical view's breaks over long empty stretches.
  '{count} years later': '{count, plural, one {# an plus tard} other {# ans plus tard}}',
  '{count} months later': '{count, number} mois plus tard',
  later: 'plus tard',
  // The studio (studio.html): studio/fr.ts.
  ...studio,
};
export default fr;
