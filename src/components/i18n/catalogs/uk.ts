/** The chrome in Ukrainian: English messages (see ../README.md) to ICU messages. */
import type { Catalog } from '../loadTranslator.ts';
import studio from './studio/uk.ts';

const uk: Catalog = {
  'The event as a list': 'Подія списком',
  'All {count} events as a list': 'Усі події списком ({count, number})',
  'Show {count} more': 'Показати ще {count, number}',
  Language: 'Мова',
  'Eras, shaded behind the events of their time:': 'Епохи, затінені за подіями свого часу:',
  Timelines: 'Хронології',
  'Export and cite': 'Експорт і цитування',
  'The source': 'Джерело',
  Sources: 'Джерела',
  'Make your own cited timeline': 'Створіть власну хронологію з джерелами',
  'Open on the publisher’s page': 'Відкрити на сторінці видавця',
  '{title}, {date}, {lane}': '{title}, {date}, {lane}',
  '{title}, {date}, {lane} (approximate date)': '{title}, {date}, {lane} (приблизна дата)',
  '{title}, {date}, {lane} (uncertain date)': '{title}, {date}, {lane} (непевна дата)',
  '{title}, {date}, {lane} (approximate, uncertain date)':
    '{title}, {date}, {lane} (приблизна й непевна дата)',
  '{title} — {date}': '{title} — {date}',
  '1 event, {range}. Zoom in to see it.': '1 подія, {range}. Наблизьте, щоб побачити її.',
  '1 event, {range}': '1 подія, {range}',
  '{count} events, {range}. List them.':
    '{count, plural, one {# подія} few {# події} many {# подій} other {# події}}, {range}. Показати списком.',
  '{count} events, {range}. Zoom in to see them.':
    '{count, plural, one {# подія} few {# події} many {# подій} other {# події}}, {range}. Наблизьте, щоб побачити їх.',
  '{count} events, {range}':
    '{count, plural, one {# подія} few {# події} many {# подій} other {# події}}, {range}',
  '{first} to {last}': 'з {first} по {last}',
  'all beginning {date}': 'спільний початок: {date}',
  '{count} events in time order, {span}':
    '{count, plural, one {# подія} few {# події} many {# подій} other {# події}} у хронологічному порядку, {span}',
  'stated in the article': 'зазначена в статті',
  'inferred from the article': 'виведена зі статті',
  'from the public record': 'з публічних джерел',
  'Dismiss message': 'Закрити повідомлення',
  Present: 'Презентувати',
  'Print handout': 'Друк роздатки',
  'No event selected': 'Подію не вибрано',
  'Choose an event on the timeline, or a highlighted passage in the source, to see it here.':
    'Виберіть подію на хронології або виділений уривок у джерелі, щоб побачити її тут.',
  'The article says': 'У статті сказано',
  'no date': 'без дати',
  'Date from': 'Джерело дати',
  Actors: 'Учасники',
  Notes: 'Примітки',
  'Show in the article': 'Показати в статті',
  'This timeline has no source text to cite.': 'Ця хронологія не має тексту джерела для цитування.',
  Media: 'Медіа',
  Legend: 'Умовні позначення',
  'an exact day': 'точний день',
  'a span: an interval, or a date known only to the month or year':
    'проміжок: інтервал або дата, відома лише з точністю до місяця чи року',
  'dashed, faded edges: approximate (“c.”)': 'пунктирні, розмиті краї: приблизно («близько»)',
  'hatched: uncertain (“?”)': 'заштриховано: непевно («?»)',
  'several events too close to show apart: activate to zoom in':
    'група подій, надто близьких, щоб показати їх окремо: активуйте, щоб наблизити',
  'a break in the axis: a long stretch with no events, drawn shorter than its share of time':
    'розрив осі: довгий проміжок без подій, намальований коротшим, ніж він триває',
  'Each lane has its own colour, and its name beside it. Zoom with the wheel, a pinch, the buttons or + and −; drag to pan; arrow keys move between events. On a narrow screen the timeline runs down the page: scroll to move through it, and use the buttons to zoom.':
    'Кожна доріжка має свій колір і назву поруч. Масштабуйте коліщатком, зведенням пальців, кнопками або клавішами + і −; перетягуйте, щоб зсунути; клавіші зі стрілками переходять між подіями. На вузькому екрані хронологія йде згори вниз: гортайте, щоб рухатися нею, а масштабуйте кнопками.',
  'Zoom in': 'Наблизити',
  'Zoom in (+)': 'Наблизити (+)',
  'Zoom out': 'Віддалити',
  'Zoom out (−)': 'Віддалити (−)',
  Fit: 'Усе',
  'Show the whole timeline (0)': 'Показати всю хронологію (0)',
  Zoom: 'Масштаб',
  'Skip to the source': 'Перейти до джерела',
  Timeline: 'Хронологія',
  'This timeline was imported without a source text, so its events carry no cited passages.':
    'Цю хронологію імпортовано без тексту джерела, тож її події не цитують жодних уривків.',
  'Slide {number} of {count}: {date}, {title}':
    'Слайд {number, number} з {count, number}: {date}, {title}',
  'Slide {number} of {count}: {title}': 'Слайд {number, number} з {count, number}: {title}',
  'Slide {number} of {count}': 'Слайд {number, number} з {count, number}',
  Previous: 'Назад',
  Next: 'Далі',
  'Full screen': 'Повний екран',
  Exit: 'Вийти',
  'the article says “{words}”': 'у статті: «{words}»',
  'Every quotation is word for word from {source}.':
    'Усі цитати наведено дослівно з джерела: {source}.',
  '{right} or {pageDown} next · {left} or {pageUp} back · {f} full screen · {esc} leave':
    '{right} або {pageDown} далі · {left} або {pageUp} назад · {f} повний екран · {esc} вийти',
  'No events': 'Жодної події',
  'One event, {range}': 'Одна подія, {range}',
  'All events: jump to a slide': 'Усі події: перейти до слайда',
  '{date}: {title}': '{date}: {title}',
  'Loading the timeline': 'Завантаження хронології',
  'Events checked: {total}. Drawing the timeline…':
    'Події перевірено: {total, number}. Хронологія малюється…',
  'Checking {done} of about {total} events':
    'Перевірка подій: {done, number} з приблизно {total, number}',
  'Checking {done} of {total} events': 'Перевірка подій: {done, number} з {total, number}',
  'Cite this timeline': 'Цитувати цю хронологію',
  'The timeline': 'Хронологія',
  'Copy the timeline’s citation': 'Копіювати посилання на хронологію',
  'Its source article': 'Стаття-джерело',
  'Copy the article’s citation': 'Копіювати посилання на статтю',
  'This timeline was imported without a source text, so it has no article to cite.':
    'Цю хронологію імпортовано без тексту джерела, тож статті для цитування немає.',
  Close: 'Закрити',
  Copied: 'Скопійовано',
  'Selected: press Ctrl+C (⌘C on a Mac) to copy':
    'Виділено: натисніть Ctrl+C (⌘C на Mac), щоб скопіювати',
  'Preparing…': 'Підготовка…',
  'Saved {file}': 'Збережено: {file}',
  'Could not export: {reason}': 'Не вдалося експортувати: {reason}',
  'Download the dataset': 'Завантажити набір даних',
  'Dataset (JSON)': 'Набір даних (JSON)',
  'Dataset (CSV, TimelineJS sheet)': 'Набір даних (CSV, таблиця TimelineJS)',
  'Source text (TXT)': 'Текст джерела (TXT)',
  'Save this view as a picture': 'Зберегти цей вигляд як зображення',
  'This view (SVG)': 'Цей вигляд (SVG)',
  'This view (PNG, 2×)': 'Цей вигляд (PNG, 2×)',
  'Automatic (follows the reader’s setting)': 'Автоматично (за налаштуванням читача)',
  Light: 'Світла',
  Dark: 'Темна',
  'Plain: only the timeline and the event’s details':
    'Простий: лише хронологія і відомості про подію',
  'Transparent: your page’s background shows through': 'Прозорий: видно тло вашої сторінки',
  'Still picture: the whole timeline and a link, nothing to operate':
    'Статичне зображення: уся хронологія і посилання, без елементів керування',
  '{title} — interactive timeline': '{title} — інтерактивна хронологія',
  'Embed this timeline': 'Вбудувати цю хронологію',
  'Paste this code into your article’s HTML. The frame grows and shrinks to fit its content; several timelines can share one page.':
    'Вставте цей код у HTML вашої статті. Рамка збільшується й зменшується за вмістом; на одній сторінці може бути кілька хронологій.',
  'This is the single-file copy of the timeline. It has no {script} beside it, so the frame cannot size itself to its content: the code gives it a fixed height of {height} px, which you can change. For a frame that fits its content, publish the web build and copy the code from there.':
    'Це однофайлова копія хронології. Поруч із нею немає {script}, тож рамка не може підлаштуватися під вміст: код задає їй фіксовану висоту {height} px, яку можна змінити. Щоб рамка підлаштовувалася, опублікуйте вебверсію і скопіюйте код звідти.',
  'This copy is opened from a file, so the code below only works on this computer. Publish the timeline on a web server and copy the code from there.':
    'Цю копію відкрито з файлу, тож код нижче працює лише на цьому комп’ютері. Опублікуйте хронологію на вебсервері й скопіюйте код звідти.',
  'Starting event': 'Початкова подія',
  'None: the whole timeline': 'Немає: уся хронологія',
  Theme: 'Тема',
  Appearance: 'Вигляд',
  Preview: 'Попередній перегляд',
  'Preview of the embed': 'Попередній перегляд вбудовування',
  'Embed code': 'Код для вбудовування',
  Copy: 'Копіювати',
  Embed: 'Вбудувати',
  'Open full timeline': 'Відкрити всю хронологію',
  '(opens in a new tab)': '(відкривається в новій вкладці)',
  '{count} events in {lane}':
    '{count, plural, one {# подія} few {# події} many {# подій} other {# події}} у {lane}',
  'They all begin at the same moment, so zooming in cannot draw them apart. Choose one to see it.':
    'Усі вони починаються в ту саму мить, тож масштабування не може їх розділити. Виберіть одну, щоб переглянути.',
  'And {count} more: the list of all events, below the timeline, has every one.':
    'І ще {count, number}: у списку всіх подій під хронологією є кожна.',
  // The handout's number of an event, as a numbered list writes it.
  '{number}.': '{number, number}.',
  'Source: {source}. Quotations are word for word from it.':
    'Джерело: {source}. Цитати наведено з нього дослівно.',
  'Sources: {sources}. Quotations are word for word from them.':
    'Джерела: {sources}. Цитати наведено з них дослівно.',
  'This timeline has no source text, so its events quote nothing.':
    'Ця хронологія не має тексту джерела, тож її події нічого не цитують.',
  'The whole timeline: one event': 'Уся хронологія: одна подія',
  'The whole timeline: {count} events':
    'Уся хронологія: {count, plural, one {# подія} few {# події} many {# подій} other {# події}}',
  'This timeline could not be shown': 'Не вдалося показати цю хронологію',
  '…and {count} more ({command} lists them all).': '…і ще {count, number} ({command} покаже всі).',
  'Try again': 'Спробувати ще раз',
  'Reload the page': 'Перезавантажити сторінку',
  'Open the built-in timeline': 'Відкрити вбудовану хронологію',
  'The dataset at this address could not be loaded. Nothing was drawn. Try again, or open the built-in timeline.':
    'Набір даних за цією адресою не вдалося завантажити. Нічого не намальовано. Спробуйте ще раз або відкрийте вбудовану хронологію.',
  'The dataset at this address could not be loaded. Nothing was drawn. Reload the page to try again, or open the built-in timeline.':
    'Набір даних за цією адресою не вдалося завантажити. Нічого не намальовано. Перезавантажте сторінку, щоб спробувати ще раз, або відкрийте вбудовану хронологію.',
  'The timeline could not be loaded. Nothing was drawn. Try again, or open the built-in timeline.':
    'Хронологію не вдалося завантажити. Нічого не намальовано. Спробуйте ще раз або відкрийте вбудовану хронологію.',
  'The timeline could not be loaded. Nothing was drawn. Reload the page to try again, or open the built-in timeline.':
    'Хронологію не вдалося завантажити. Нічого не намальовано. Перезавантажте сторінку, щоб спробувати ще раз, або відкрийте вбудовану хронологію.',
  'The dataset at this address has a problem. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'Набір даних за цією адресою має проблему. Нічого не намальовано, тож нічого з показаного не є хибним. Виправте набір даних і перезавантажте сторінку.',
  'The dataset at this address has {count} problems. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'Набір даних за цією адресою має {count, plural, one {# проблему} few {# проблеми} many {# проблем} other {# проблеми}}. Нічого не намальовано, тож нічого з показаного не є хибним. Виправте набір даних і перезавантажте сторінку.',
  'The timeline has a problem. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'Хронологія має проблему. Нічого не намальовано, тож нічого з показаного не є хибним. Виправте набір даних і перезавантажте сторінку.',
  'The timeline has {count} problems. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'Хронологія має {count, plural, one {# проблему} few {# проблеми} many {# проблем} other {# проблеми}}. Нічого не намальовано, тож нічого з показаного не є хибним. Виправте набір даних і перезавантажте сторінку.',
  'Something went wrong': 'Щось пішло не так',
  'A part of the app could not be downloaded (the connection failed, or the site was just updated). Your data is unchanged.':
    'Не вдалося завантажити частину застосунку (збій з’єднання, або сайт щойно оновили). Ваші дані не змінено.',
  'The timeline stopped working. Your data is unchanged.':
    'Хронологія перестала працювати. Ваші дані не змінено.',
  'the app': 'застосунок',
  loading: 'завантаження',
  'a part of its code could not be downloaded (the connection failed, or the site was just updated); reloading usually fixes this':
    'не вдалося завантажити частину коду (збій з’єднання, або сайт щойно оновили); зазвичай допомагає перезавантаження',
  'stopped with an unexpected error ({detail})': 'зупинилося через неочікувану помилку ({detail})',
  'Loading the presentation…': 'Завантаження презентації…',
  'Loading the picture…': 'Завантаження зображення…',
  'Selected: {title}, {date}': 'Вибрано: {title}, {date}',
  'Selection cleared': 'Вибір скасовано',
  '“{title}”, {publisher}, {published}': '«{title}», {publisher}, {published}',
  '“{title}”, {published}': '«{title}», {published}',
  '{publisher}, {published}': '{publisher}, {published}',
  'Quotes from {sources}': 'Цитати з джерел: {sources}',
  'Drag to pan. Zoom with the buttons, Ctrl/⌘ and the scroll wheel, or a pinch.':
    'Перетягуйте, щоб пересуватися. Масштабуйте кнопками, Ctrl/⌘ і коліщатком миші або щипком.',
  'Drag to pan. Zoom with the buttons or a pinch.':
    'Перетягуйте, щоб пересуватися. Масштабуйте кнопками або щипком.',
  'Choose an event on the timeline to see the words of the source it cites.':
    'Виберіть подію на хронології, щоб побачити слова джерела, яке вона цитує.',
  'Shown word for word; highlighted passages are cited by events.':
    'Наведено дослівно; виділені уривки цитують події.',
  'No source text: this timeline was imported without one. Made with Sourceline.':
    'Без тексту джерела: цю хронологію імпортовано без нього. Зроблено в Sourceline.',
  'Source: {sources}. Made with Sourceline.': 'Джерело: {sources}. Зроблено в Sourceline.',
  'Sources: {sources}. Made with Sourceline.': 'Джерела: {sources}. Зроблено в Sourceline.',
  '{title}: a picture of the whole timeline, {count} events, from {first} to {last}':
    '{title}: зображення всієї хронології, {count, plural, one {# подія} few {# події} many {# подій} other {# події}}, з {first} по {last}',
  '{title}: a picture of the whole timeline, one event, {date}':
    '{title}: зображення всієї хронології, одна подія, {date}',
  '{title}: a picture of the whole timeline, with no events':
    '{title}: зображення всієї хронології, без подій',
  'The events in the picture': 'Події на зображенні',
  'This link’s address is too long to read, so the timeline opens as it does by default.':
    'Адреса цього посилання задовга, щоб її прочитати, тож хронологія відкривається як зазвичай.',
  'The link names an event that is not valid (“{value}”), so no event is selected.':
    'Посилання називає недійсну подію («{value}»), тож жодну подію не вибрано.',
  'The link asks for a language this page does not have (“{value}”), so it follows your browser’s language.':
    'Посилання просить мову, якої ця сторінка не має («{value}»), тож вона використовує мову вашого браузера.',
  'The dataset address (“{value}”) is not a valid URL, so the built-in timeline is shown.':
    'Адреса набору даних («{value}») не є дійсною URL-адресою, тож показано вбудовану хронологію.',
  'Datasets can only be loaded from this site (“{value}” is elsewhere), so the built-in timeline is shown.':
    'Набори даних можна завантажувати лише з цього сайту («{value}» розміщено деінде), тож показано вбудовану хронологію.',
  'This link’s event “{event}” is not in this timeline, so no event is selected.':
    'Події «{event}» з цього посилання немає в цій хронології, тож жодну подію не вибрано.',
  'Zooming and panning could not be loaded (the network may be down): reload the page to use them.':
    'Не вдалося завантажити масштабування й пересування (можливо, немає мережі): перезавантажте сторінку, щоб ними користуватися.',
  // The description's button on a phone.
  'Read more': 'Читати далі',
  'Show less': 'Згорнути',
  // The vertical view's breaks over long empty stretches.
  '{count} years later':
    '{count, plural, one {через # рік} few {через # роки} many {через # років} other {через # року}}',
  '{count} months later':
    '{count, plural, one {через # місяць} few {через # місяці} many {через # місяців} other {через # місяця}}',
  later: 'пізніше',
  // The studio (studio.html): studio/uk.ts.
  ...studio,
};
export default uk;
