/** The chrome in Arabic: English messages (see ../README.md) to ICU messages. */
import type { Catalog } from '../loadTranslator.ts';
import studio from './studio/ar.ts';

const ar: Catalog = {
  'The event as a list': 'الحدث في قائمة',
  'All {count} events as a list': 'قائمة بجميع الأحداث ({count, number})',
  'Show {count} more': 'عرض {count, number} أخرى',
  Language: 'اللغة',
  'Eras, shaded behind the events of their time:': 'الحقب، مظللة خلف أحداث زمنها:',
  Timelines: 'الخطوط الزمنية',
  'Export and cite': 'تصدير واقتباس',
  'The source': 'المصدر',
  Sources: 'المصادر',
  'Make your own cited timeline': 'أنشئ خطًا زمنيًا موثقًا خاصًا بك',
  'Open on the publisher’s page': 'افتح المقطع في صفحة الناشر',
  '{title}, {date}, {lane}': '{title}، {date}، {lane}',
  '{title}, {date}, {lane} (approximate date)': '{title}، {date}، {lane} (تاريخ تقريبي)',
  '{title}, {date}, {lane} (uncertain date)': '{title}، {date}، {lane} (تاريخ غير مؤكد)',
  '{title}, {date}, {lane} (approximate, uncertain date)':
    '{title}، {date}، {lane} (تاريخ تقريبي غير مؤكد)',
  '{title} — {date}': '{title} — {date}',
  '1 event, {range}. Zoom in to see it.': 'حدث واحد، {range}. كبّر لتراه.',
  '1 event, {range}': 'حدث واحد، {range}',
  '{count} events, {range}. List them.':
    '{count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}، {range}. اعرضها في قائمة.',
  '{count} events, {range}. Zoom in to see them.':
    '{count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}، {range}. كبّر لتراها.',
  '{count} events, {range}':
    '{count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}، {range}',
  '{first} to {last}': 'من {first} إلى {last}',
  'all beginning {date}': 'تبدأ كلها في {date}',
  '{count} events in time order, {span}':
    '{count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}} بترتيب زمني، {span}',
  'stated in the article': 'مذكور في المقال',
  'inferred from the article': 'مستنتج من المقال',
  'from the public record': 'من السجل العام',
  'Dismiss message': 'إغلاق الرسالة',
  Present: 'عرض تقديمي',
  'Print handout': 'طباعة النشرة',
  'No event selected': 'لم يُحدَّد أي حدث',
  'Choose an event on the timeline, or a highlighted passage in the source, to see it here.':
    'اختر حدثًا على الخط الزمني، أو مقطعًا مظلَّلًا في المصدر، لتراه هنا.',
  'The article says': 'يقول المقال',
  'no date': 'بلا تاريخ',
  'Date from': 'مصدر التاريخ',
  Actors: 'الأطراف',
  Notes: 'ملاحظات',
  'Show in the article': 'اعرضه في المقال',
  'This timeline has no source text to cite.': 'ليس لهذا الخط الزمني نص مصدر للاقتباس منه.',
  Media: 'وسائط',
  Legend: 'دليل الرموز',
  'an exact day': 'يوم محدد',
  'a span: an interval, or a date known only to the month or year':
    'مدة: فترة، أو تاريخ معروف بالشهر أو السنة فقط',
  'dashed, faded edges: approximate (“c.”)': 'حواف متقطعة باهتة: تاريخ تقريبي («حوالي»)',
  'hatched: uncertain (“?”)': 'مخطَّط: تاريخ غير مؤكد («؟»)',
  'several events too close to show apart: activate to zoom in':
    'مجموعة أحداث متقاربة جدًا لا يمكن عرضها منفصلة: فعّلها للتكبير',
  'a break in the axis: a long stretch with no events, drawn shorter than its share of time':
    'انقطاع في المحور: فترة طويلة بلا أحداث، مرسومة أقصر من مدتها الفعلية',
  'Each lane has its own colour, and its name beside it. Zoom with the wheel, a pinch, the buttons or + and −; drag to pan; arrow keys move between events. On a narrow screen the timeline runs down the page: scroll to move through it, and use the buttons to zoom.':
    'لكل مسار لونه واسمه بجانبه. كبّر أو صغّر بعجلة الفأرة أو بإصبعين أو بالأزرار أو بمفتاحي + و−؛ اسحب للتنقل؛ تنتقل مفاتيح الأسهم بين الأحداث. على الشاشة الضيقة يمتد الخط الزمني إلى أسفل الصفحة: مرّر للتنقل فيه، واستخدم الأزرار للتكبير.',
  'Zoom in': 'تكبير',
  'Zoom in (+)': 'تكبير (+)',
  'Zoom out': 'تصغير',
  'Zoom out (−)': 'تصغير (−)',
  Fit: 'الكل',
  'Show the whole timeline (0)': 'عرض الخط الزمني كاملًا (0)',
  Zoom: 'التكبير',
  'Skip to the source': 'انتقل إلى المصدر',
  Timeline: 'الخط الزمني',
  'This timeline was imported without a source text, so its events carry no cited passages.':
    'استُورد هذا الخط الزمني بلا نص مصدر، لذا لا تقتبس أحداثه أي مقاطع.',
  'Slide {number} of {count}: {date}, {title}':
    'الشريحة {number, number} من {count, number}: {date}، {title}',
  'Slide {number} of {count}: {title}': 'الشريحة {number, number} من {count, number}: {title}',
  'Slide {number} of {count}': 'الشريحة {number, number} من {count, number}',
  Previous: 'السابقة',
  Next: 'التالية',
  'Full screen': 'ملء الشاشة',
  Exit: 'خروج',
  'the article says “{words}”': 'يقول المقال: «{words}»',
  'Every quotation is word for word from {source}.': 'كل الاقتباسات منقولة حرفيًا من {source}.',
  '{right} or {pageDown} next · {left} or {pageUp} back · {f} full screen · {esc} leave':
    '{right} أو {pageDown} التالية · {left} أو {pageUp} السابقة · {f} ملء الشاشة · {esc} خروج',
  'No events': 'لا أحداث',
  'One event, {range}': 'حدث واحد، {range}',
  'All events: jump to a slide': 'كل الأحداث: الانتقال إلى شريحة',
  '{date}: {title}': '{date}: {title}',
  'Loading the timeline': 'جارٍ تحميل الخط الزمني',
  'Events checked: {total}. Drawing the timeline…':
    'تم التحقق من الأحداث: {total, number}. جارٍ رسم الخط الزمني…',
  'Checking {done} of about {total} events':
    'جارٍ التحقق من الأحداث: {done, number} من نحو {total, number}',
  'Checking {done} of {total} events': 'جارٍ التحقق من الأحداث: {done, number} من {total, number}',
  'Cite this timeline': 'اقتبس هذا الخط الزمني',
  'The timeline': 'الخط الزمني',
  'Copy the timeline’s citation': 'انسخ توثيق الخط الزمني',
  'Its source article': 'المقال المصدر',
  'Copy the article’s citation': 'انسخ توثيق المقال',
  'This timeline was imported without a source text, so it has no article to cite.':
    'استُورد هذا الخط الزمني دون نص مصدر، فليس له مقال يُقتبس منه.',
  Close: 'إغلاق',
  Copied: 'نُسخ',
  'Selected: press Ctrl+C (⌘C on a Mac) to copy': 'تم التحديد: اضغط Ctrl+C (أو ⌘C على ماك) للنسخ',
  'Preparing…': 'جارٍ التحضير…',
  'Saved {file}': 'حُفظ: {file}',
  'Could not export: {reason}': 'تعذّر التصدير: {reason}',
  'Download the dataset': 'تنزيل مجموعة البيانات',
  'Dataset (JSON)': 'مجموعة البيانات (JSON)',
  'Dataset (CSV, TimelineJS sheet)': 'مجموعة البيانات (CSV، جدول TimelineJS)',
  'Source text (TXT)': 'نص المصدر (TXT)',
  'Save this view as a picture': 'حفظ هذا العرض صورةً',
  'This view (SVG)': 'هذا العرض (SVG)',
  'This view (PNG, 2×)': 'هذا العرض (PNG، 2×)',
  'Automatic (follows the reader’s setting)': 'تلقائي (حسب إعداد القارئ)',
  Light: 'فاتح',
  Dark: 'داكن',
  'Plain: only the timeline and the event’s details': 'بسيط: الخط الزمني وتفاصيل الحدث فقط',
  'Transparent: your page’s background shows through': 'شفاف: تظهر خلفية صفحتك من خلاله',
  'Still picture: the whole timeline and a link, nothing to operate':
    'صورة ثابتة: الخط الزمني كاملًا ورابط، دون عناصر تحكم',
  '{title} — interactive timeline': '{title} — خط زمني تفاعلي',
  'Embed this timeline': 'تضمين هذا الخط الزمني',
  'Paste this code into your article’s HTML. The frame grows and shrinks to fit its content; several timelines can share one page.':
    'الصق هذه الشيفرة في HTML مقالك. يتمدد الإطار ويتقلص ليناسب محتواه، ويمكن أن تجتمع عدة خطوط زمنية في صفحة واحدة.',
  'This is the single-file copy of the timeline. It has no {script} beside it, so the frame cannot size itself to its content: the code gives it a fixed height of {height} px, which you can change. For a frame that fits its content, publish the web build and copy the code from there.':
    'هذه نسخة الملف الواحد من الخط الزمني، وليس بجانبها {script}، فلا يستطيع الإطار أن يضبط حجمه على محتواه: تمنحه الشيفرة ارتفاعًا ثابتًا قدره {height} بكسل يمكنك تغييره. للحصول على إطار يتكيّف مع محتواه، انشر نسخة الويب وانسخ الشيفرة منها.',
  'This copy is opened from a file, so the code below only works on this computer. Publish the timeline on a web server and copy the code from there.':
    'هذه النسخة مفتوحة من ملف، لذا لا تعمل الشيفرة أدناه إلا على هذا الحاسوب. انشر الخط الزمني على خادم ويب وانسخ الشيفرة منه.',
  'Starting event': 'الحدث الأول',
  'None: the whole timeline': 'لا شيء: الخط الزمني كاملًا',
  Theme: 'السمة',
  Appearance: 'المظهر',
  Preview: 'معاينة',
  'Preview of the embed': 'معاينة التضمين',
  'Embed code': 'شيفرة التضمين',
  Copy: 'نسخ',
  Embed: 'تضمين',
  'Open full timeline': 'افتح الخط الزمني كاملًا',
  '(opens in a new tab)': '(يُفتح في علامة تبويب جديدة)',
  '{count} events in {lane}':
    '{count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}} في {lane}',
  'They all begin at the same moment, so zooming in cannot draw them apart. Choose one to see it.':
    'تبدأ كلها في اللحظة نفسها، فلا يفصل التكبير بينها. اختر واحدًا لتراه.',
  'And {count} more: the list of all events, below the timeline, has every one.':
    'و{count, number} أخرى: قائمة كل الأحداث، أسفل الخط الزمني، تضمّها جميعًا.',
  // The handout's number of an event, as a numbered list writes it.
  '{number}.': '{number, number}.',
  'Source: {source}. Quotations are word for word from it.':
    'المصدر: {source}. الاقتباسات منقولة منه حرفيًا.',
  'Sources: {sources}. Quotations are word for word from them.':
    'المصادر: {sources}. الاقتباسات منقولة منها حرفيًا.',
  'This timeline has no source text, so its events quote nothing.':
    'ليس لهذا الخط الزمني نص مصدر، فلا تقتبس أحداثه شيئًا.',
  'The whole timeline: one event': 'الخط الزمني كاملًا: حدث واحد',
  'The whole timeline: {count} events':
    'الخط الزمني كاملًا: {count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}',
  'This timeline could not be shown': 'تعذّر عرض هذا الخط الزمني',
  '…and {count} more ({command} lists them all).':
    '…و{count, number} أخرى ({command} يسردها كلها).',
  'Try again': 'حاول مرة أخرى',
  'Reload the page': 'أعد تحميل الصفحة',
  'Open the built-in timeline': 'افتح الخط الزمني المضمَّن',
  'The dataset at this address could not be loaded. Nothing was drawn. Try again, or open the built-in timeline.':
    'تعذّر تحميل مجموعة البيانات في هذا العنوان. لم يُرسم شيء. حاول مرة أخرى، أو افتح الخط الزمني المضمَّن.',
  'The dataset at this address could not be loaded. Nothing was drawn. Reload the page to try again, or open the built-in timeline.':
    'تعذّر تحميل مجموعة البيانات في هذا العنوان. لم يُرسم شيء. أعد تحميل الصفحة للمحاولة مرة أخرى، أو افتح الخط الزمني المضمَّن.',
  'The timeline could not be loaded. Nothing was drawn. Try again, or open the built-in timeline.':
    'تعذّر تحميل الخط الزمني. لم يُرسم شيء. حاول مرة أخرى، أو افتح الخط الزمني المضمَّن.',
  'The timeline could not be loaded. Nothing was drawn. Reload the page to try again, or open the built-in timeline.':
    'تعذّر تحميل الخط الزمني. لم يُرسم شيء. أعد تحميل الصفحة للمحاولة مرة أخرى، أو افتح الخط الزمني المضمَّن.',
  'The dataset at this address has a problem. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'في مجموعة البيانات في هذا العنوان مشكلة. لم يُرسم شيء، فلا شيء مما يظهر خاطئ. صحّح مجموعة البيانات وأعد التحميل.',
  'The dataset at this address has {count} problems. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'في مجموعة البيانات في هذا العنوان {count, plural, zero {لا مشكلات} one {مشكلة واحدة} two {مشكلتان} few {# مشكلات} many {# مشكلة} other {# مشكلة}}. لم يُرسم شيء، فلا شيء مما يظهر خاطئ. صحّح مجموعة البيانات وأعد التحميل.',
  'The timeline has a problem. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'في الخط الزمني مشكلة. لم يُرسم شيء، فلا شيء مما يظهر خاطئ. صحّح مجموعة البيانات وأعد التحميل.',
  'The timeline has {count} problems. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.':
    'في الخط الزمني {count, plural, zero {لا مشكلات} one {مشكلة واحدة} two {مشكلتان} few {# مشكلات} many {# مشكلة} other {# مشكلة}}. لم يُرسم شيء، فلا شيء مما يظهر خاطئ. صحّح مجموعة البيانات وأعد التحميل.',
  'Something went wrong': 'حدث خطأ ما',
  'A part of the app could not be downloaded (the connection failed, or the site was just updated). Your data is unchanged.':
    'تعذّر تنزيل جزء من التطبيق (انقطع الاتصال، أو حُدِّث الموقع للتو). بياناتك لم تتغير.',
  'The timeline stopped working. Your data is unchanged.':
    'توقف الخط الزمني عن العمل. بياناتك لم تتغير.',
  'the app': 'التطبيق',
  loading: 'التحميل',
  'a part of its code could not be downloaded (the connection failed, or the site was just updated); reloading usually fixes this':
    'تعذّر تنزيل جزء من شيفرته (انقطع الاتصال، أو حُدِّث الموقع للتو)؛ وإعادة التحميل تحل ذلك عادةً',
  'stopped with an unexpected error ({detail})': 'توقف بسبب خطأ غير متوقع ({detail})',
  'Loading the presentation…': 'جارٍ تحميل العرض التقديمي…',
  'Loading the picture…': 'جارٍ تحميل الصورة…',
  'Selected: {title}, {date}': 'المحدَّد: {title}، {date}',
  'Selection cleared': 'أُلغي التحديد',
  '“{title}”, {publisher}, {published}': '«{title}»، {publisher}، {published}',
  '“{title}”, {published}': '«{title}»، {published}',
  '{publisher}, {published}': '{publisher}، {published}',
  'Quotes from {sources}': 'الاقتباسات من {sources}',
  'Drag to pan. Zoom with the buttons, Ctrl/⌘ and the scroll wheel, or a pinch.':
    'اسحب للتنقل. كبّر أو صغّر بالأزرار، أو بـ Ctrl/⌘ مع عجلة الفأرة، أو بإصبعين.',
  'Drag to pan. Zoom with the buttons or a pinch.': 'اسحب للتنقل. كبّر أو صغّر بالأزرار أو بإصبعين.',
  'Choose an event on the timeline to see the words of the source it cites.':
    'اختر حدثًا على الخط الزمني لترى كلمات المصدر الذي يقتبس منه.',
  'Shown word for word; highlighted passages are cited by events.':
    'معروض حرفيًا؛ والمقاطع المظلَّلة تقتبسها الأحداث.',
  'No source text: this timeline was imported without one. Made with Sourceline.':
    'لا نص مصدر: استُورد هذا الخط الزمني دونه. صُنع باستخدام Sourceline.',
  'Source: {sources}. Made with Sourceline.': 'المصدر: {sources}. صُنع باستخدام Sourceline.',
  'Sources: {sources}. Made with Sourceline.': 'المصادر: {sources}. صُنع باستخدام Sourceline.',
  '{title}: a picture of the whole timeline, {count} events, from {first} to {last}':
    '{title}: صورة للخط الزمني كاملًا، {count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}، من {first} إلى {last}',
  '{title}: a picture of the whole timeline, one event, {date}':
    '{title}: صورة للخط الزمني كاملًا، حدث واحد، {date}',
  '{title}: a picture of the whole timeline, with no events':
    '{title}: صورة للخط الزمني كاملًا، بلا أحداث',
  'The events in the picture': 'الأحداث في الصورة',
  'This link’s address is too long to read, so the timeline opens as it does by default.':
    'عنوان هذا الرابط أطول من أن يُقرأ، لذا يُفتح الخط الزمني كما يُفتح افتراضيًا.',
  'The link names an event that is not valid (“{value}”), so no event is selected.':
    'يشير الرابط إلى حدث غير صالح («{value}»)، لذا لم يُحدَّد أي حدث.',
  'The link asks for a language this page does not have (“{value}”), so it follows your browser’s language.':
    'يطلب الرابط لغة ليست في هذه الصفحة («{value}»)، لذا تتبع الصفحة لغة متصفحك.',
  'The dataset address (“{value}”) is not a valid URL, so the built-in timeline is shown.':
    'عنوان مجموعة البيانات («{value}») ليس عنوان URL صالحًا، لذا يُعرض الخط الزمني المضمَّن.',
  'Datasets can only be loaded from this site (“{value}” is elsewhere), so the built-in timeline is shown.':
    'لا يمكن تحميل مجموعات البيانات إلا من هذا الموقع («{value}» في موقع آخر)، لذا يُعرض الخط الزمني المضمَّن.',
  'This link’s event “{event}” is not in this timeline, so no event is selected.':
    'الحدث «{event}» في هذا الرابط ليس في هذا الخط الزمني، لذا لم يُحدَّد أي حدث.',
  'Zooming and panning could not be loaded (the network may be down): reload the page to use them.':
    'تعذّر تحميل التكبير والتحريك (ربما انقطعت الشبكة): أعد تحميل الصفحة لاستخدامهما.',
  // The description's button on a phone.
  'Read more': 'قراءة المزيد',
  'Show less': 'عرض أقل',
  // The vertical view's breaks over long empty stretches.
  '{count} years later':
    '{count, plural, one {بعد سنة} two {بعد سنتين} few {بعد # سنوات} many {بعد # سنة} other {بعد # سنة}}',
  '{count} months later':
    '{count, plural, one {بعد شهر} two {بعد شهرين} few {بعد # أشهر} many {بعد # شهرًا} other {بعد # شهر}}',
  later: 'لاحقًا',
  // The studio (studio.html): studio/ar.ts.
  ...studio,
};
export default ar;
