/** The chrome in Arabic: English messages (see ../README.md) to ICU messages. */
import type { Catalog } from '../loadTranslator.ts';

const ar: Catalog = {
  'All {count} events as a list': 'قائمة بجميع الأحداث ({count, number})',
  'Show {count} more': 'عرض {count, number} أخرى',
  Language: 'اللغة',
  Open: 'فتح',
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
  'Checking {done} of {total} events': 'جارٍ التحقق من الأحداث: {done} من {total}',
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
  'Source: {source}. Quotations are word for word from it.':
    'المصدر: {source}. الاقتباسات منقولة منه حرفيًا.',
  'Sources: {sources}. Quotations are word for word from them.':
    'المصادر: {sources}. الاقتباسات منقولة منها حرفيًا.',
  'This timeline has no source text, so its events quote nothing.':
    'ليس لهذا الخط الزمني نص مصدر، فلا تقتبس أحداثه شيئًا.',
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
  // The studio (studio.html).
  'Select some words of the source text first.': 'حدّد أولًا بعض كلمات نص المصدر.',
  'Cited “{words}” for a new event (dated the publication day until you change it).':
    'اقتُبس «{words}» لحدث جديد (مؤرَّخ بيوم النشر إلى أن تغيّر تاريخه).',
  'Cited “{words}” for “{title}”.': 'اقتُبس «{words}» للحدث «{title}».',
  'Cite a passage': 'اقتبس مقطعًا',
  'Cite the selected words for': 'اقتبس الكلمات المحدَّدة لـ',
  'a new event': 'حدث جديد',
  'Cite the selection': 'اقتبس التحديد',
  '4. The draft’s events': '4. أحداث المسودة',
  'No events yet: add a proposed one, or cite a selected passage.':
    'لا أحداث بعد: أضف حدثًا مقترحًا، أو اقتبس مقطعًا محدَّدًا.',
  'Event {number}: {title}': 'الحدث {number, number}: {title}',
  'Event {number}: untitled': 'الحدث {number, number}: بلا عنوان',
  'Event title': 'عنوان الحدث',
  'Date (EDTF)': 'التاريخ (EDTF)',
  'Lanes (who acted, comma-separated)': 'المسارات (من قام بالفعل، مفصولة بفواصل)',
  'The date comes from': 'مصدر التاريخ',
  'the article, as stated': 'المقال، كما ورد فيه',
  'worked out from the article': 'مستنتج من المقال',
  'the public record': 'السجل العام',
  'Record (name it)': 'السجل (سمِّه)',
  'Basis (how it was worked out)': 'الأساس (كيف استُنتج)',
  Summary: 'الملخص',
  '(optional)': '(اختياري)',
  'Key event (its label is never shortened)': 'حدث رئيسي (لا يُختصر عنوانه أبدًا)',
  'Cited passages': 'المقاطع المقتبسة',
  'Remove this passage': 'أزل هذا المقطع',
  'Remove event {number}': 'أزل الحدث {number, number}',
  '3. Preview': '3. المعاينة',
  'The timeline appears here as soon as the draft has an event.':
    'يظهر الخط الزمني هنا حالما يكون في المسودة حدث.',
  'Valid: 1 event, every quote found in the article.':
    'صالح: حدث واحد، وكل اقتباس موجود في المقال.',
  'Valid: {count} events, every quote found in the article.':
    'صالح: {count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}، وكل اقتباس موجود في المقال.',
  'The article with its cited passages': 'المقال مع مقاطعه المقتبسة',
  '1 problem to fix before the timeline can be drawn:':
    'مشكلة واحدة يجب إصلاحها قبل رسم الخط الزمني:',
  '{count} problems to fix before the timeline can be drawn:':
    '{count, plural, zero {لا مشكلات} one {مشكلة واحدة} two {مشكلتان} few {# مشكلات} many {# مشكلةً} other {# مشكلة}} يجب إصلاحها قبل رسم الخط الزمني:',
  'Paste or open the article first.': 'الصق المقال أو افتحه أولًا.',
  'Finding dates…': 'جارٍ البحث عن التواريخ…',
  'No date expressions found in this text. Select a passage to cite it by hand.':
    'لم يُعثر على تعبيرات تاريخ في هذا النص. حدّد مقطعًا لتقتبسه يدويًا.',
  '1 proposed event. Add the ones you want.': 'حدث مقترح واحد. أضف ما تريده.',
  '{count} proposed events. Add the ones you want.':
    '{count, plural, zero {لا أحداث مقترحة} one {حدث مقترح واحد} two {حدثان مقترحان} few {# أحداث مقترحة} many {# حدثًا مقترحًا} other {# حدث مقترح}}. أضف ما تريده منها.',
  'The date finder failed; reload the page to try again.':
    'فشل البحث عن التواريخ؛ أعد تحميل الصفحة لتحاول مجددًا.',
  '2. Dates in the article': '2. التواريخ في المقال',
  'Find dates': 'ابحث عن التواريخ',
  'Proposed events': 'الأحداث المقترحة',
  unsure: 'غير مؤكد',
  'Added to the draft': 'أُضيف إلى المسودة',
  'Add {date}: {expression}': 'أضف {date}: {expression}',
  Add: 'أضف',
  'Dismiss {date}: {expression}': 'استبعد {date}: {expression}',
  Dismiss: 'استبعد',
  'The importer did not load: reload the page to try again.':
    'لم تُحمَّل أداة الاستيراد: أعد تحميل الصفحة لتحاول مجددًا.',
  '1. The article': '1. المقال',
  Title: 'العنوان',
  Publisher: 'الناشر',
  Published: 'تاريخ النشر',
  Address: 'العنوان الإلكتروني',
  'The publication day: “last year” and “on Friday” are counted from it.':
    'يوم النشر: منه تُحسب «العام الماضي» و«يوم الجمعة».',
  'Open a .txt or .html file': 'افتح ملف ⁦.txt⁩ أو ⁦.html⁩',
  'Or open a dataset (ours, or TimelineJS .json or sheet .csv) to add citations to it':
    'أو افتح مجموعة بيانات (بصيغتنا، أو TimelineJS بصيغة ⁦.json⁩ أو جدول ⁦.csv⁩) لتضيف إليها اقتباسات',
  'Source text': 'نص المصدر',
  'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them. The text is too long: at most {limit} characters.':
    'الصق المقال حرفيًا. حدّد الكلمات هنا (بالفأرة، أو بمفتاح Shift والأسهم) لتقتبسها. النص طويل جدًا: {limit} حرف على الأكثر.',
  'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them.':
    'الصق المقال حرفيًا. حدّد الكلمات هنا (بالفأرة، أو بمفتاح Shift والأسهم) لتقتبسها.',
  'Sourceline Studio': 'Sourceline Studio',
  'Make a timeline of your own article: paste it, find its dates, add the events, download the dataset. Every event cites the article’s own words. Your drafts stay in this browser and are saved as you type.':
    'اصنع خطًا زمنيًا لمقالك: الصقه، وابحث عن تواريخه، وأضف الأحداث، ونزّل مجموعة البيانات. كل حدث يقتبس كلمات المقال نفسها. تبقى مسوداتك في هذا المتصفح وتُحفظ أثناء الكتابة.',
  'Opening your drafts…': 'جارٍ فتح مسوداتك…',
  Undo: 'تراجع',
  Redo: 'إعادة',
  'Download dataset': 'تنزيل مجموعة البيانات',
  'Open the reader': 'افتح صفحة القراءة',
  'Give the publication day as YYYY-MM-DD (e.g. 2023-03-17) first: relative dates hang on it.':
    'أدخل أولًا يوم النشر بالصيغة YYYY-MM-DD (مثل 2023-03-17): فالتواريخ النسبية تعتمد عليه.',
  'The text is too long to find dates in ({length} characters; the limit is {limit}). Split it, or cite passages by selecting them.':
    'النص أطول من أن يُبحث فيه عن التواريخ ({length} حرف؛ والحد {limit}). قسّمه، أو اقتبس المقاطع بتحديدها.',
  'The date finder failed to start; reload the page to try again.':
    'تعذّر بدء البحث عن التواريخ؛ أعد تحميل الصفحة لتحاول مجددًا.',
  'Add at least one event before downloading.': 'أضف حدثًا واحدًا على الأقل قبل التنزيل.',
  'Fix the problem listed in the preview first.': 'أصلح أولًا المشكلة المذكورة في المعاينة.',
  'Fix the {count} problems listed in the preview first.':
    'أصلح أولًا {count, plural, zero {المشكلات} one {المشكلة} two {المشكلتين} few {المشكلات الـ#} many {المشكلات الـ#} other {المشكلات الـ#}} المذكورة في المعاينة.',
  'Downloaded {name}: open it in the reader with ?data=, or check it with npm run validate.':
    'نُزّل {name}: افتحه في صفحة القراءة باستخدام ?data=‎، أو افحصه بالأمر npm run validate.',
  'the file': 'الملف',
  'This is not a Sourceline dataset ({where}: {problem}).':
    'هذه ليست مجموعة بيانات Sourceline ‏({where}: {problem}).',
  'This dataset cites {count} sources, and the studio edits timelines of one source so far. Open it in the reader, or edit its JSON.':
    'تستشهد مجموعة البيانات هذه بـ{count, plural, zero {لا مصادر} one {مصدر واحد} two {مصدرين} few {# مصادر} many {# مصدرًا} other {# مصدر}}، والاستوديو لا يحرّر حتى الآن إلا الخطوط الزمنية ذات المصدر الواحد. افتحها في صفحة القراءة، أو حرّر ملف JSON الخاص بها.',
  'Untitled draft': 'مسودة بلا عنوان',
  'Your drafts': 'مسوداتك',
  'New draft': 'مسودة جديدة',
  Drafts: 'المسودات',
  '{title} (open)': '{title} (مفتوحة)',
  'Open “{title}”': 'افتح «{title}»',
  'changed {date}': 'عُدّلت في {date}',
  'Delete “{title}”': 'احذف «{title}»',
  Delete: 'احذف',
  'Deleted “{title}”.': 'حُذفت «{title}».',
  'Restore it': 'استعدها',
  'This browser cannot keep drafts (no IndexedDB here): your work will be lost on reload. Download the dataset to keep it.':
    'لا يستطيع هذا المتصفح حفظ المسودات (لا يتوفر IndexedDB هنا): سيضيع عملك عند إعادة التحميل. نزّل مجموعة البيانات لتحتفظ به.',
  'The draft could not be saved (the browser’s storage is full, or refuses it in a private window): download the dataset to keep your work.':
    'تعذّر حفظ المسودة (مساحة تخزين المتصفح ممتلئة، أو يرفض الحفظ في نافذة خاصة): نزّل مجموعة البيانات لتحتفظ بعملك.',
  'Your saved drafts could not be read: this draft is not being saved. Download the dataset to keep your work.':
    'تعذّرت قراءة مسوداتك المحفوظة: هذه المسودة لا تُحفظ. نزّل مجموعة البيانات لتحتفظ بعملك.',
  '“{name}” {reason}; nothing was changed.': '«{name}»: {reason}؛ لم يتغيّر شيء.',
  '“{name}” is not valid JSON ({error}); nothing was changed.':
    '«{name}» ليس JSON صالحًا ({error})؛ لم يتغيّر شيء.',
  'Opened “{name}”. Now open or paste its source text, “{file}”. (Undo brings the previous draft back.)':
    'فُتح «{name}». افتح الآن نص مصدره «{file}» أو الصقه. (التراجع يعيد المسودة السابقة.)',
  'Opened “{name}” with its source text. (Undo brings the previous draft back.)':
    'فُتح «{name}» مع نص مصدره. (التراجع يعيد المسودة السابقة.)',
  '“{name}” (a TimelineJS sheet) could not be read: {problem}; nothing was changed.':
    'تعذّرت قراءة «{name}» (جدول TimelineJS): {problem}؛ لم يتغيّر شيء.',
  '“{name}” (TimelineJS JSON) could not be read: {problem}; nothing was changed.':
    'تعذّرت قراءة «{name}» (JSON من TimelineJS): {problem}؛ لم يتغيّر شيء.',
  'Opened “{name}” (a TimelineJS sheet): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'فُتح «{name}» (جدول TimelineJS): حدث واحد. افتح الآن المقال الذي جاء منه أو الصقه، مع يوم نشره، واقتبس مقطع كل حدث. (التراجع يعيد المسودة السابقة.)',
  'Opened “{name}” (a TimelineJS sheet): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'فُتح «{name}» (جدول TimelineJS): {count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}. افتح الآن المقال الذي جاءت منه أو الصقه، مع يوم نشره، واقتبس مقطع كل حدث. (التراجع يعيد المسودة السابقة.)',
  'Opened “{name}” (TimelineJS JSON): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'فُتح «{name}» (JSON من TimelineJS): حدث واحد. افتح الآن المقال الذي جاء منه أو الصقه، مع يوم نشره، واقتبس مقطع كل حدث. (التراجع يعيد المسودة السابقة.)',
  'Opened “{name}” (TimelineJS JSON): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'فُتح «{name}» (JSON من TimelineJS): {count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}. افتح الآن المقال الذي جاءت منه أو الصقه، مع يوم نشره، واقتبس مقطع كل حدث. (التراجع يعيد المسودة السابقة.)',
  '{message} Nothing was changed.': '{message} لم يتغيّر شيء.',
  '“{name}” is too large ({size} MB); open a file under 20 MB.':
    '«{name}» كبير جدًا ({size, number} ميغابايت)؛ افتح ملفًا أصغر من 20 ميغابايت.',
  '“{name}” could not be read.': 'تعذّرت قراءة «{name}».',
  '“{name}” is not a text file (it looks like binary data); nothing was changed.':
    '«{name}» ليس ملفًا نصيًا (يبدو أنه بيانات ثنائية)؛ لم يتغيّر شيء.',
  '“{name}” holds no words; nothing was changed.': '«{name}» لا يحتوي على كلمات؛ لم يتغيّر شيء.',
  '“{name}” is too long ({length} characters; the limit is {limit}).':
    '«{name}» طويل جدًا ({length} حرف؛ والحد {limit}).',
  'Opened “{name}” (its markup was removed: only the words are kept).':
    'فُتح «{name}» (أُزيلت الوسوم: لم يُحتفظ إلا بالكلمات).',
  'Opened “{name}”.': 'فُتح «{name}».',
  'That is not a web address.': 'هذا ليس عنوان ويب.',
  'The reader loads datasets only from its own site ({origin}): publish the file there.':
    'لا تحمّل صفحة القراءة مجموعات البيانات إلا من موقعها ({origin}): انشر الملف هناك.',
  'Embed it in a page': 'ضمّنه في صفحة',
  'Address the dataset will be published at': 'العنوان الذي ستُنشر عليه مجموعة البيانات',
  'Download the dataset, put the file on the same site as the reader, and give its address here: the snippet opens it in the reader with {data}. Paste the snippet into your page’s HTML.':
    'نزّل مجموعة البيانات، وضع الملف على موقع صفحة القراءة نفسه، وأدخل عنوانه هنا: تفتحه الشيفرة في صفحة القراءة باستخدام {data}. الصق الشيفرة في HTML صفحتك.',
  'Embed snippet': 'شيفرة التضمين',
  'Copy the embed snippet': 'انسخ شيفرة التضمين',
  'Downloaded {name}: a dataset folder (timeline.json, source.txt, README.md).':
    'نُزّل {name}: مجلد مجموعة بيانات (timeline.json وsource.txt وREADME.md).',
  'The zip could not be made (its code did not load): try again, or download the dataset.':
    'تعذّر إنشاء ملف zip (لم تُحمَّل شيفرته): حاول مجددًا، أو نزّل مجموعة البيانات.',
  'Downloaded {name}: 1 annotation (W3C Web Annotation, JSON-LD).':
    'نُزّل {name}: تعليق توضيحي واحد (W3C Web Annotation، JSON-LD).',
  'Downloaded {name}: {count} annotations (W3C Web Annotation, JSON-LD).':
    'نُزّل {name}: {count, plural, zero {لا تعليقات توضيحية} one {تعليق توضيحي واحد} two {تعليقان توضيحيان} few {# تعليقات توضيحية} many {# تعليقًا توضيحيًا} other {# تعليق توضيحي}} (W3C Web Annotation، JSON-LD).',
  '5. Publish': '5. النشر',
  'Download zip': 'تنزيل zip',
  'Download annotations': 'تنزيل التعليقات التوضيحية',
  'The zip is a dataset folder for a repository; the annotations are every citation as W3C Web Annotations (JSON-LD), for annotation tools.':
    'ملف zip مجلد مجموعة بيانات لمستودع؛ والتعليقات التوضيحية هي كل الاقتباسات بصيغة W3C Web Annotations ‏(JSON-LD)، لأدوات التعليق التوضيحي.',
  'Untitled article': 'مقال بلا عنوان',
  'Sourceline Studio — make a cited timeline': 'Sourceline Studio — أنشئ خطًا زمنيًا موثقًا',
};
export default ar;
