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
  Sources: 'Sources',
  'Make your own cited timeline': 'Créez votre propre frise sourcée',
  'Open on the publisher’s page': 'Ouvrir sur la page de l’éditeur',
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
  'Source: {source}. Quotations are word for word from it.':
    'Source : {source}. Les citations en sont reprises mot pour mot.',
  'Sources: {sources}. Quotations are word for word from them.':
    'Sources : {sources}. Les citations en sont reprises mot pour mot.',
  'This timeline has no source text, so its events quote nothing.':
    'Cette frise n’a pas de texte source : ses événements ne citent rien.',
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
  // The studio (studio.html).
  'Select some words of the source text first.':
    'Sélectionnez d’abord quelques mots du texte source.',
  'Cited “{words}” for a new event (dated the publication day until you change it).':
    '« {words} » cité pour un nouvel événement (daté du jour de publication jusqu’à ce que vous changiez la date).',
  'Cited “{words}” for “{title}”.': '« {words} » cité pour « {title} ».',
  'Cite a passage': 'Citer un passage',
  'Cite the selected words for': 'Citer les mots sélectionnés pour',
  'a new event': 'un nouvel événement',
  'Cite the selection': 'Citer la sélection',
  '4. The draft’s events': '4. Les événements du brouillon',
  'No events yet: add a proposed one, or cite a selected passage.':
    'Aucun événement pour l’instant : ajoutez-en un proposé, ou citez un passage sélectionné.',
  'Event {number}: {title}': 'Événement {number, number} : {title}',
  'Event {number}: untitled': 'Événement {number, number} : sans titre',
  'Event title': 'Titre de l’événement',
  'Date (EDTF)': 'Date (EDTF)',
  'Lanes (who acted, comma-separated)': 'Lignes (qui a agi, séparés par des virgules)',
  'The date comes from': 'La date vient de',
  'the article, as stated': 'l’article, telle qu’indiquée',
  'worked out from the article': 'une déduction à partir de l’article',
  'the public record': 'les sources publiques',
  'Record (name it)': 'Source publique (nommez-la)',
  'Basis (how it was worked out)': 'Raisonnement (comment elle a été déduite)',
  Summary: 'Résumé',
  '(optional)': '(facultatif)',
  'Key event (its label is never shortened)': 'Événement clé (son libellé n’est jamais raccourci)',
  'Cited passages': 'Passages cités',
  'Remove this passage': 'Retirer ce passage',
  'Remove event {number}': 'Retirer l’événement {number, number}',
  '3. Preview': '3. Aperçu',
  'The timeline appears here as soon as the draft has an event.':
    'La frise apparaît ici dès que le brouillon a un événement.',
  'Valid: 1 event, every quote found in the article.':
    'Valide : 1 événement, chaque citation trouvée dans l’article.',
  'Valid: {count} events, every quote found in the article.':
    'Valide : {count, plural, one {# événement} other {# événements}}, chaque citation trouvée dans l’article.',
  'The article with its cited passages': 'L’article et ses passages cités',
  '1 problem to fix before the timeline can be drawn:':
    '1 problème à corriger avant que la frise puisse être dessinée :',
  '{count} problems to fix before the timeline can be drawn:':
    '{count, plural, one {# problème} other {# problèmes}} à corriger avant que la frise puisse être dessinée :',
  'Paste or open the article first.': 'Collez ou ouvrez d’abord l’article.',
  'Finding dates…': 'Recherche des dates…',
  'No date expressions found in this text. Select a passage to cite it by hand.':
    'Aucune expression de date trouvée dans ce texte. Sélectionnez un passage pour le citer à la main.',
  '1 proposed event. Add the ones you want.': '1 événement proposé. Ajoutez ceux que vous voulez.',
  '{count} proposed events. Add the ones you want.':
    '{count, plural, one {# événement proposé} other {# événements proposés}}. Ajoutez ceux que vous voulez.',
  'The date finder failed; reload the page to try again.':
    'La recherche de dates a échoué ; rechargez la page pour réessayer.',
  '2. Dates in the article': '2. Les dates de l’article',
  'Find dates': 'Trouver les dates',
  'Proposed events': 'Événements proposés',
  unsure: 'incertain',
  'Added to the draft': 'Ajouté au brouillon',
  'Add {date}: {expression}': 'Ajouter {date} : {expression}',
  Add: 'Ajouter',
  'Dismiss {date}: {expression}': 'Écarter {date} : {expression}',
  Dismiss: 'Écarter',
  'The importer did not load: reload the page to try again.':
    'L’importateur ne s’est pas chargé : rechargez la page pour réessayer.',
  '1. The article': '1. L’article',
  Title: 'Titre',
  Publisher: 'Éditeur',
  Published: 'Publié le',
  Address: 'Adresse',
  'The publication day: “last year” and “on Friday” are counted from it.':
    'Le jour de publication : « l’an dernier » et « vendredi » sont comptés à partir de lui.',
  'Open a .txt or .html file': 'Ouvrir un fichier .txt ou .html',
  'Or open a dataset (ours, or TimelineJS .json or sheet .csv) to add citations to it':
    'Ou ouvrir un jeu de données (le nôtre, ou TimelineJS en .json ou tableur .csv) pour y ajouter des citations',
  'Source text': 'Texte source',
  'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them. The text is too long: at most {limit} characters.':
    'Collez l’article mot pour mot. Sélectionnez des mots ici (à la souris, ou avec Maj et les flèches) pour les citer. Le texte est trop long : {limit} caractères au plus.',
  'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them.':
    'Collez l’article mot pour mot. Sélectionnez des mots ici (à la souris, ou avec Maj et les flèches) pour les citer.',
  'Sourceline Studio': 'Sourceline Studio',
  'Make a timeline of your own article: paste it, find its dates, add the events, download the dataset. Every event cites the article’s own words. Your drafts stay in this browser and are saved as you type.':
    'Faites la frise de votre propre article : collez-le, trouvez ses dates, ajoutez les événements, téléchargez le jeu de données. Chaque événement cite les mots mêmes de l’article. Vos brouillons restent dans ce navigateur et sont enregistrés pendant que vous tapez.',
  'Opening your drafts…': 'Ouverture de vos brouillons…',
  Undo: 'Annuler',
  Redo: 'Rétablir',
  'Download dataset': 'Télécharger le jeu de données',
  'Open the reader': 'Ouvrir le lecteur',
  'Give the publication day as YYYY-MM-DD (e.g. 2023-03-17) first: relative dates hang on it.':
    'Donnez d’abord le jour de publication au format AAAA-MM-JJ (par ex. 2023-03-17) : les dates relatives en dépendent.',
  'The text is too long to find dates in ({length} characters; the limit is {limit}). Split it, or cite passages by selecting them.':
    'Le texte est trop long pour y chercher des dates ({length} caractères ; la limite est de {limit}). Découpez-le, ou citez des passages en les sélectionnant.',
  'The date finder failed to start; reload the page to try again.':
    'La recherche de dates n’a pas pu démarrer ; rechargez la page pour réessayer.',
  'Add at least one event before downloading.':
    'Ajoutez au moins un événement avant de télécharger.',
  'Fix the problem listed in the preview first.':
    'Corrigez d’abord le problème indiqué dans l’aperçu.',
  'Fix the {count} problems listed in the preview first.':
    'Corrigez d’abord {count, plural, one {le problème indiqué} other {les # problèmes indiqués}} dans l’aperçu.',
  'Downloaded {name}: open it in the reader with ?data=, or check it with npm run validate.':
    '{name} téléchargé : ouvrez-le dans le lecteur avec ?data=, ou vérifiez-le avec npm run validate.',
  'the file': 'le fichier',
  'This is not a Sourceline dataset ({where}: {problem}).':
    'Ce n’est pas un jeu de données Sourceline ({where} : {problem}).',
  'This dataset cites {count} sources, and the studio edits timelines of one source so far. Open it in the reader, or edit its JSON.':
    'Ce jeu de données cite {count, plural, one {# source} other {# sources}}, et le studio ne modifie pour l’instant que des frises à une seule source. Ouvrez-le dans le lecteur, ou modifiez son JSON.',
  'Untitled draft': 'Brouillon sans titre',
  'Your drafts': 'Vos brouillons',
  'New draft': 'Nouveau brouillon',
  Drafts: 'Brouillons',
  '{title} (open)': '{title} (ouvert)',
  'Open “{title}”': 'Ouvrir « {title} »',
  'changed {date}': 'modifié le {date}',
  'Delete “{title}”': 'Supprimer « {title} »',
  Delete: 'Supprimer',
  'Deleted “{title}”.': '« {title} » supprimé.',
  'Restore it': 'Le restaurer',
  'This browser cannot keep drafts (no IndexedDB here): your work will be lost on reload. Download the dataset to keep it.':
    'Ce navigateur ne peut pas conserver de brouillons (pas d’IndexedDB ici) : votre travail sera perdu au rechargement. Téléchargez le jeu de données pour le garder.',
  'The draft could not be saved (the browser’s storage is full, or refuses it in a private window): download the dataset to keep your work.':
    'Le brouillon n’a pas pu être enregistré (le stockage du navigateur est plein, ou le refuse en navigation privée) : téléchargez le jeu de données pour garder votre travail.',
  'Your saved drafts could not be read: this draft is not being saved. Download the dataset to keep your work.':
    'Vos brouillons enregistrés n’ont pas pu être lus : ce brouillon n’est pas enregistré. Téléchargez le jeu de données pour garder votre travail.',
  '“{name}” {reason}; nothing was changed.': '« {name} » : {reason} ; rien n’a été modifié.',
  '“{name}” is not valid JSON ({error}); nothing was changed.':
    '« {name} » n’est pas du JSON valide ({error}) ; rien n’a été modifié.',
  'Opened “{name}”. Now open or paste its source text, “{file}”. (Undo brings the previous draft back.)':
    '« {name} » ouvert. Ouvrez ou collez maintenant son texte source, « {file} ». (Annuler ramène le brouillon précédent.)',
  'Opened “{name}” with its source text. (Undo brings the previous draft back.)':
    '« {name} » ouvert avec son texte source. (Annuler ramène le brouillon précédent.)',
  '“{name}” (a TimelineJS sheet) could not be read: {problem}; nothing was changed.':
    '« {name} » (un tableur TimelineJS) n’a pas pu être lu : {problem} ; rien n’a été modifié.',
  '“{name}” (TimelineJS JSON) could not be read: {problem}; nothing was changed.':
    '« {name} » (JSON TimelineJS) n’a pas pu être lu : {problem} ; rien n’a été modifié.',
  'Opened “{name}” (a TimelineJS sheet): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    '« {name} » ouvert (un tableur TimelineJS) : 1 événement. Ouvrez ou collez maintenant l’article dont il vient, avec son jour de publication, et citez le passage de chaque événement. (Annuler ramène le brouillon précédent.)',
  'Opened “{name}” (a TimelineJS sheet): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    '« {name} » ouvert (un tableur TimelineJS) : {count, plural, one {# événement} other {# événements}}. Ouvrez ou collez maintenant l’article dont il vient, avec son jour de publication, et citez le passage de chaque événement. (Annuler ramène le brouillon précédent.)',
  'Opened “{name}” (TimelineJS JSON): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    '« {name} » ouvert (JSON TimelineJS) : 1 événement. Ouvrez ou collez maintenant l’article dont il vient, avec son jour de publication, et citez le passage de chaque événement. (Annuler ramène le brouillon précédent.)',
  'Opened “{name}” (TimelineJS JSON): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    '« {name} » ouvert (JSON TimelineJS) : {count, plural, one {# événement} other {# événements}}. Ouvrez ou collez maintenant l’article dont il vient, avec son jour de publication, et citez le passage de chaque événement. (Annuler ramène le brouillon précédent.)',
  '{message} Nothing was changed.': '{message} Rien n’a été modifié.',
  '“{name}” is too large ({size} MB); open a file under 20 MB.':
    '« {name} » est trop volumineux ({size, number} Mo) ; ouvrez un fichier de moins de 20 Mo.',
  '“{name}” could not be read.': '« {name} » n’a pas pu être lu.',
  '“{name}” is not a text file (it looks like binary data); nothing was changed.':
    '« {name} » n’est pas un fichier texte (il ressemble à des données binaires) ; rien n’a été modifié.',
  '“{name}” holds no words; nothing was changed.':
    '« {name} » ne contient aucun mot ; rien n’a été modifié.',
  '“{name}” is too long ({length} characters; the limit is {limit}).':
    '« {name} » est trop long ({length} caractères ; la limite est de {limit}).',
  'Opened “{name}” (its markup was removed: only the words are kept).':
    '« {name} » ouvert (son balisage a été retiré : seuls les mots sont gardés).',
  'Opened “{name}”.': '« {name} » ouvert.',
  'That is not a web address.': 'Ce n’est pas une adresse web.',
  'The reader loads datasets only from its own site ({origin}): publish the file there.':
    'Le lecteur ne charge des jeux de données que depuis son propre site ({origin}) : publiez-y le fichier.',
  'Embed it in a page': 'L’intégrer dans une page',
  'Address the dataset will be published at': 'Adresse à laquelle le jeu de données sera publié',
  'Download the dataset, put the file on the same site as the reader, and give its address here: the snippet opens it in the reader with {data}. Paste the snippet into your page’s HTML.':
    'Téléchargez le jeu de données, mettez le fichier sur le même site que le lecteur, et donnez son adresse ici : le code l’ouvre dans le lecteur avec {data}. Collez le code dans le HTML de votre page.',
  'Embed snippet': 'Code d’intégration',
  'Copy the embed snippet': 'Copier le code d’intégration',
  'Downloaded {name}: a dataset folder (timeline.json, source.txt, README.md).':
    '{name} téléchargé : un dossier de jeu de données (timeline.json, source.txt, README.md).',
  'The zip could not be made (its code did not load): try again, or download the dataset.':
    'Le zip n’a pas pu être créé (son code ne s’est pas chargé) : réessayez, ou téléchargez le jeu de données.',
  'Downloaded {name}: 1 annotation (W3C Web Annotation, JSON-LD).':
    '{name} téléchargé : 1 annotation (W3C Web Annotation, JSON-LD).',
  'Downloaded {name}: {count} annotations (W3C Web Annotation, JSON-LD).':
    '{name} téléchargé : {count, plural, one {# annotation} other {# annotations}} (W3C Web Annotation, JSON-LD).',
  '5. Publish': '5. Publier',
  'Download zip': 'Télécharger le zip',
  'Download annotations': 'Télécharger les annotations',
  'The zip is a dataset folder for a repository; the annotations are every citation as W3C Web Annotations (JSON-LD), for annotation tools.':
    'Le zip est un dossier de jeu de données pour un dépôt ; les annotations sont toutes les citations en W3C Web Annotations (JSON-LD), pour les outils d’annotation.',
  'Untitled article': 'Article sans titre',
  'Sourceline Studio — make a cited timeline': 'Sourceline Studio — créez une frise sourcée',
};
export default fr;
