/** The studio's chrome in French (studio.html), part of the French catalog (../fr.ts). */
import type { Catalog } from '../../loadTranslator.ts';

const studio: Catalog = {
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
export default studio;
