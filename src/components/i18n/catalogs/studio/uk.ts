/** The studio's chrome in Ukrainian (studio.html), part of the Ukrainian catalog (../uk.ts). */
import type { Catalog } from '../../loadTranslator.ts';

const studio: Catalog = {
  'Select some words of the source text first.': 'Спершу виділіть кілька слів у тексті джерела.',
  'Cited “{words}” for a new event (dated the publication day until you change it).':
    'Процитовано «{words}» для нової події (датованої днем публікації, доки ви не зміните дату).',
  'Cited “{words}” for “{title}”.': 'Процитовано «{words}» для «{title}».',
  'Cite a passage': 'Процитувати уривок',
  'Cite the selected words for': 'Процитувати виділені слова для',
  'a new event': 'нової події',
  'Cite the selection': 'Процитувати виділене',
  '4. The draft’s events': '4. Події чернетки',
  'No events yet: add a proposed one, or cite a selected passage.':
    'Подій ще немає: додайте запропоновану або процитуйте виділений уривок.',
  'Event {number}: {title}': 'Подія {number, number}: {title}',
  'Event {number}: untitled': 'Подія {number, number}: без назви',
  'Event title': 'Назва події',
  'Date (EDTF)': 'Дата (EDTF)',
  'Lanes (who acted, comma-separated)': 'Доріжки (хто діяв, через кому)',
  'The date comes from': 'Звідки дата',
  'the article, as stated': 'зі статті, як зазначено',
  'worked out from the article': 'виведена зі статті',
  'the public record': 'з публічних джерел',
  'Record (name it)': 'Джерело (назвіть його)',
  'Basis (how it was worked out)': 'Підстава (як її виведено)',
  Summary: 'Короткий опис',
  '(optional)': '(необов’язково)',
  'Key event (its label is never shortened)': 'Ключова подія (її підпис ніколи не скорочується)',
  'Cited passages': 'Процитовані уривки',
  'Remove this passage': 'Прибрати цей уривок',
  'Remove event {number}': 'Прибрати подію {number, number}',
  '3. Preview': '3. Попередній перегляд',
  'The timeline appears here as soon as the draft has an event.':
    'Хронологія з’явиться тут, щойно в чернетці буде подія.',
  'Valid: 1 event, every quote found in the article.':
    'Без помилок: 1 подія, кожну цитату знайдено в статті.',
  'Valid: {count} events, every quote found in the article.':
    'Без помилок: {count, plural, one {# подія} few {# події} many {# подій} other {# події}}, кожну цитату знайдено в статті.',
  'The article with its cited passages': 'Стаття з процитованими уривками',
  '1 problem to fix before the timeline can be drawn:':
    '1 проблема, яку треба виправити, щоб намалювати хронологію:',
  '{count} problems to fix before the timeline can be drawn:':
    '{count, plural, one {# проблема, яку} few {# проблеми, які} many {# проблем, які} other {# проблеми, які}} треба виправити, щоб намалювати хронологію:',
  'Paste or open the article first.': 'Спершу вставте або відкрийте статтю.',
  'Finding dates…': 'Пошук дат…',
  'No date expressions found in this text. Select a passage to cite it by hand.':
    'У цьому тексті не знайдено виразів дат. Виділіть уривок, щоб процитувати його вручну.',
  '1 proposed event. Add the ones you want.': '1 запропонована подія. Додайте ті, що вам потрібні.',
  '{count} proposed events. Add the ones you want.':
    '{count, plural, one {# запропонована подія} few {# запропоновані події} many {# запропонованих подій} other {# запропонованої події}}. Додайте ті, що вам потрібні.',
  'The date finder failed; reload the page to try again.':
    'Пошук дат не вдався; перезавантажте сторінку, щоб спробувати знову.',
  '2. Dates in the article': '2. Дати в статті',
  'Find dates': 'Знайти дати',
  'Proposed events': 'Запропоновані події',
  unsure: 'непевно',
  'Added to the draft': 'Додано до чернетки',
  'Add {date}: {expression}': 'Додати {date}: {expression}',
  Add: 'Додати',
  'Dismiss {date}: {expression}': 'Відхилити {date}: {expression}',
  Dismiss: 'Відхилити',
  'The importer did not load: reload the page to try again.':
    'Імпорт не завантажився: перезавантажте сторінку, щоб спробувати знову.',
  '1. The article': '1. Стаття',
  Title: 'Назва',
  Publisher: 'Видавець',
  Published: 'Опубліковано',
  Address: 'Адреса',
  'The publication day: “last year” and “on Friday” are counted from it.':
    'День публікації: від нього відлічуються «минулого року» і «у п’ятницю».',
  'Open a .txt or .html file': 'Відкрити файл .txt або .html',
  'Or open a dataset (ours, or TimelineJS .json or sheet .csv) to add citations to it':
    'Або відкрити набір даних (наш або TimelineJS у .json чи таблицю .csv), щоб додати до нього цитування',
  'Source text': 'Текст джерела',
  'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them. The text is too long: at most {limit} characters.':
    'Вставте статтю слово в слово. Виділяйте тут слова (мишею або Shift і стрілками), щоб їх процитувати. Текст задовгий: щонайбільше {limit} символів.',
  'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them.':
    'Вставте статтю слово в слово. Виділяйте тут слова (мишею або Shift і стрілками), щоб їх процитувати.',
  'Sourceline Studio': 'Sourceline Studio',
  'Make a timeline of your own article: paste it, find its dates, add the events, download the dataset. Every event cites the article’s own words. Your drafts stay in this browser and are saved as you type.':
    'Створіть хронологію власної статті: вставте її, знайдіть дати, додайте події, завантажте набір даних. Кожна подія цитує власні слова статті. Ваші чернетки залишаються в цьому браузері й зберігаються, поки ви пишете.',
  'Opening your drafts…': 'Відкриваємо ваші чернетки…',
  Undo: 'Скасувати',
  Redo: 'Повторити',
  'Download dataset': 'Завантажити набір даних',
  'Open the reader': 'Відкрити переглядач',
  'Give the publication day as YYYY-MM-DD (e.g. 2023-03-17) first: relative dates hang on it.':
    'Спершу вкажіть день публікації у форматі РРРР-ММ-ДД (напр., 2023-03-17): від нього залежать відносні дати.',
  'The text is too long to find dates in ({length} characters; the limit is {limit}). Split it, or cite passages by selecting them.':
    'Текст задовгий для пошуку дат ({length} символів; межа — {limit}). Розділіть його або цитуйте уривки, виділяючи їх.',
  'The date finder failed to start; reload the page to try again.':
    'Пошук дат не запустився; перезавантажте сторінку, щоб спробувати знову.',
  'Add at least one event before downloading.':
    'Перш ніж завантажувати, додайте хоча б одну подію.',
  'Fix the problem listed in the preview first.':
    'Спершу виправте проблему, зазначену в попередньому перегляді.',
  'Fix the {count} problems listed in the preview first.':
    'Спершу виправте {count, plural, one {# проблему, зазначену} few {# проблеми, зазначені} many {# проблем, зазначених} other {# проблеми, зазначені}} в попередньому перегляді.',
  'Downloaded {name}: open it in the reader with ?data=, or check it with npm run validate.':
    'Завантажено {name}: відкрийте його в переглядачі з ?data= або перевірте командою npm run validate.',
  'the file': 'файл',
  'This is not a Sourceline dataset ({where}: {problem}).':
    'Це не набір даних Sourceline ({where}: {problem}).',
  'This dataset cites {count} sources, and the studio edits timelines of one source so far. Open it in the reader, or edit its JSON.':
    'Цей набір даних цитує {count, plural, one {# джерело} few {# джерела} many {# джерел} other {# джерела}}, а студія поки що редагує лише хронології з одним джерелом. Відкрийте його в переглядачі або відредагуйте його JSON.',
  'Untitled draft': 'Чернетка без назви',
  'Your drafts': 'Ваші чернетки',
  'New draft': 'Нова чернетка',
  Drafts: 'Чернетки',
  '{title} (open)': '{title} (відкрита)',
  'Open “{title}”': 'Відкрити «{title}»',
  'changed {date}': 'змінено {date}',
  'Delete “{title}”': 'Видалити «{title}»',
  Delete: 'Видалити',
  'Deleted “{title}”.': 'Видалено «{title}».',
  'Restore it': 'Відновити',
  'This browser cannot keep drafts (no IndexedDB here): your work will be lost on reload. Download the dataset to keep it.':
    'Цей браузер не може зберігати чернетки (тут немає IndexedDB): після перезавантаження вашу роботу буде втрачено. Завантажте набір даних, щоб її зберегти.',
  'The draft could not be saved (the browser’s storage is full, or refuses it in a private window): download the dataset to keep your work.':
    'Не вдалося зберегти чернетку (сховище браузера заповнене або відмовляє в приватному вікні): завантажте набір даних, щоб зберегти свою роботу.',
  'Your saved drafts could not be read: this draft is not being saved. Download the dataset to keep your work.':
    'Не вдалося прочитати збережені чернетки: ця чернетка не зберігається. Завантажте набір даних, щоб зберегти свою роботу.',
  '“{name}” {reason}; nothing was changed.': '«{name}»: {reason}; нічого не змінено.',
  '“{name}” is not valid JSON ({error}); nothing was changed.':
    '«{name}» — не коректний JSON ({error}); нічого не змінено.',
  'Opened “{name}”. Now open or paste its source text, “{file}”. (Undo brings the previous draft back.)':
    'Відкрито «{name}». Тепер відкрийте або вставте текст його джерела, «{file}». («Скасувати» поверне попередню чернетку.)',
  'Opened “{name}” with its source text. (Undo brings the previous draft back.)':
    'Відкрито «{name}» разом із текстом джерела. («Скасувати» поверне попередню чернетку.)',
  '“{name}” (a TimelineJS sheet) could not be read: {problem}; nothing was changed.':
    'Не вдалося прочитати «{name}» (таблиця TimelineJS): {problem}; нічого не змінено.',
  '“{name}” (TimelineJS JSON) could not be read: {problem}; nothing was changed.':
    'Не вдалося прочитати «{name}» (JSON TimelineJS): {problem}; нічого не змінено.',
  'Opened “{name}” (a TimelineJS sheet): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'Відкрито «{name}» (таблиця TimelineJS): 1 подія. Тепер відкрийте або вставте статтю, з якої вона походить, із днем публікації, і процитуйте уривок кожної події. («Скасувати» поверне попередню чернетку.)',
  'Opened “{name}” (a TimelineJS sheet): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'Відкрито «{name}» (таблиця TimelineJS): {count, plural, one {# подія} few {# події} many {# подій} other {# події}}. Тепер відкрийте або вставте статтю, з якої вони походять, із днем публікації, і процитуйте уривок кожної події. («Скасувати» поверне попередню чернетку.)',
  'Opened “{name}” (TimelineJS JSON): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'Відкрито «{name}» (JSON TimelineJS): 1 подія. Тепер відкрийте або вставте статтю, з якої вона походить, із днем публікації, і процитуйте уривок кожної події. («Скасувати» поверне попередню чернетку.)',
  'Opened “{name}” (TimelineJS JSON): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'Відкрито «{name}» (JSON TimelineJS): {count, plural, one {# подія} few {# події} many {# подій} other {# події}}. Тепер відкрийте або вставте статтю, з якої вони походять, із днем публікації, і процитуйте уривок кожної події. («Скасувати» поверне попередню чернетку.)',
  '{message} Nothing was changed.': '{message} Нічого не змінено.',
  '“{name}” is too large ({size} MB); open a file under 20 MB.':
    '«{name}» завеликий ({size, number} МБ); відкрийте файл, менший за 20 МБ.',
  '“{name}” could not be read.': 'Не вдалося прочитати «{name}».',
  '“{name}” is not a text file (it looks like binary data); nothing was changed.':
    '«{name}» — не текстовий файл (схоже на двійкові дані); нічого не змінено.',
  '“{name}” holds no words; nothing was changed.': '«{name}» не містить слів; нічого не змінено.',
  '“{name}” is too long ({length} characters; the limit is {limit}).':
    '«{name}» задовгий ({length} символів; межа — {limit}).',
  'Opened “{name}” (its markup was removed: only the words are kept).':
    'Відкрито «{name}» (розмітку видалено: залишено лише слова).',
  'Opened “{name}”.': 'Відкрито «{name}».',
  'That is not a web address.': 'Це не вебадреса.',
  'The reader loads datasets only from its own site ({origin}): publish the file there.':
    'Переглядач завантажує набори даних лише зі свого сайту ({origin}): опублікуйте файл там.',
  'Embed it in a page': 'Вбудувати на сторінку',
  'Address the dataset will be published at': 'Адреса, за якою буде опубліковано набір даних',
  'Download the dataset, put the file on the same site as the reader, and give its address here: the snippet opens it in the reader with {data}. Paste the snippet into your page’s HTML.':
    'Завантажте набір даних, розмістіть файл на тому ж сайті, що й переглядач, і вкажіть тут його адресу: код відкриє його в переглядачі з {data}. Вставте код у HTML своєї сторінки.',
  'Embed snippet': 'Код для вбудовування',
  'Copy the embed snippet': 'Скопіювати код для вбудовування',
  'Downloaded {name}: a dataset folder (timeline.json, source.txt, README.md).':
    'Завантажено {name}: тека набору даних (timeline.json, source.txt, README.md).',
  'The zip could not be made (its code did not load): try again, or download the dataset.':
    'Не вдалося створити zip (його код не завантажився): спробуйте ще раз або завантажте набір даних.',
  'Downloaded {name}: 1 annotation (W3C Web Annotation, JSON-LD).':
    'Завантажено {name}: 1 анотація (W3C Web Annotation, JSON-LD).',
  'Downloaded {name}: {count} annotations (W3C Web Annotation, JSON-LD).':
    'Завантажено {name}: {count, plural, one {# анотація} few {# анотації} many {# анотацій} other {# анотації}} (W3C Web Annotation, JSON-LD).',
  '5. Publish': '5. Публікація',
  'Download zip': 'Завантажити zip',
  'Download annotations': 'Завантажити анотації',
  'The zip is a dataset folder for a repository; the annotations are every citation as W3C Web Annotations (JSON-LD), for annotation tools.':
    'Zip — це тека набору даних для репозиторію; анотації — це всі цитування у форматі W3C Web Annotations (JSON-LD) для інструментів анотування.',
  'Untitled article': 'Стаття без назви',
  'Sourceline Studio — make a cited timeline':
    'Sourceline Studio — створіть хронологію з джерелами',
};
export default studio;
