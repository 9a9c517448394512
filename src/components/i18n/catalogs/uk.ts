/** The chrome in Ukrainian: English messages (see ../README.md) to ICU messages. */
import type { Catalog } from '../loadTranslator.ts';

const uk: Catalog = {
  'All {count} events as a list': 'Усі події списком ({count, number})',
  'Show {count} more': 'Показати ще {count, number}',
  Language: 'Мова',
  Open: 'Відкрити',
  'Export and cite': 'Експорт і цитування',
  'The source': 'Джерело',
  '{title}, {date}, {lane}': '{title}, {date}, {lane}',
  '{title}, {date}, {lane} (approximate date)': '{title}, {date}, {lane} (приблизна дата)',
  '{title}, {date}, {lane} (uncertain date)': '{title}, {date}, {lane} (непевна дата)',
  '{title}, {date}, {lane} (approximate, uncertain date)':
    '{title}, {date}, {lane} (приблизна й непевна дата)',
  '{title} — {date}': '{title} — {date}',
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
  'Date from': 'Дата за',
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
  'Checking {done} of {total} events': 'Перевірка подій: {done} з {total}',
};
export default uk;
