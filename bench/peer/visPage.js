// The peer the benchmark measures against: vis-timeline loading the TimelineJS file named by
// ?data=, as a page using it would (fetch, map the slides to items, draw). It marks
// `peer:first-draw` as Sourceline marks its own: in the task after the frame that painted.
/* global vis */
const url = new URL(location.href).searchParams.get('data');
fetch(new URL(url, location.href))
  .then((response) => response.json())
  .then((json) => {
    const items = json.events.map((slide, i) => {
      const d = slide.start_date;
      return {
        id: i,
        content: slide.text.headline,
        start: new Date(Date.UTC(Number(d.year), Number(d.month ?? 1) - 1, Number(d.day ?? 1))),
        group: slide.group,
      };
    });
    const groups = [...new Set(items.map((item) => item.group))].map((id) => ({ id, content: id }));
    const timeline = new vis.Timeline(document.getElementById('timeline'), items, groups, {
      height: '760px',
    });
    let marked = false;
    timeline.on('changed', () => {
      if (marked) return;
      marked = true;
      requestAnimationFrame(() => setTimeout(() => performance.mark('peer:first-draw'), 0));
    });
  });
