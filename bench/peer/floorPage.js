// The floor of a `?data=` load (bench/floor.ts): what any page that draws the file named by
// ?data= (our format) must do at the least, and nothing more. It downloads and parses the file,
// reads each event's start year, month and day, puts the events in time order, and draws one
// screen of titles (up to SCREEN, evenly spaced through that order, at their dates across the
// page) as positioned elements. No check, no compile, no framework, no levels of detail. It
// marks `peer:first-draw` as Sourceline marks its own: in the task after the frame that painted.
const SCREEN = 400;
const WIDTH = 1200;
const url = new URL(location.href).searchParams.get('data');
fetch(new URL(url, location.href))
  .then((response) => response.json())
  .then(({ events }) => {
    const starts = new Float64Array(events.length);
    for (let i = 0; i < events.length; i++) {
      const d = events[i].date;
      starts[i] = Date.UTC(+d.slice(0, 4), (+d.slice(5, 7) || 1) - 1, +d.slice(8, 10) || 1);
    }
    const order = Array.from(starts.keys()).sort((a, b) => starts[a] - starts[b]);
    const first = starts[order[0]];
    const span = starts[order[order.length - 1]] - first || 1;
    const box = document.getElementById('timeline');
    box.style.position = 'relative';
    box.style.height = '760px';
    box.style.overflow = 'hidden';
    const shown = Math.min(SCREEN, order.length);
    for (let k = 0; k < shown; k++) {
      const i = order[Math.floor((k * order.length) / shown)];
      const label = document.createElement('div');
      label.textContent = events[i].title;
      label.style.position = 'absolute';
      label.style.left = `${((starts[i] - first) / span) * WIDTH}px`;
      label.style.top = `${(k % 38) * 20}px`;
      label.style.whiteSpace = 'nowrap';
      box.append(label);
    }
    requestAnimationFrame(() => setTimeout(() => performance.mark('peer:first-draw'), 0));
  });
