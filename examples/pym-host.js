/**
 * The Pym.js example's only script: pym.js itself, from npm, bundled with the page so the page
 * loads nothing from another origin. On load Pym.js finds every element with `data-pym-src` and
 * puts in it an iframe that it sizes from the child's Pym.js height messages (Sourceline sends
 * them because Pym.js adds `childId` to the frame's address). A newsroom that already uses Pym.js
 * loads its own copy instead and needs no script of ours.
 */
import 'pym.js';
