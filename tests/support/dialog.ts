// jsdom has <dialog> but not its modal behaviour: a stand-in enough for component tests. The real
// one is tested in Chromium (the end-to-end tests).
export function installDialogStandIn(): void {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
