// The export menu asks for its panel's code as soon as the pointer or the focus reaches it, so
// the panel is usually there by the click; until then, and with the menu closed, nothing loads.
// (A module's code loads once per run, so the focus is checked in Chromium: import-export.e2e.ts.)
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../support/renderApp.tsx';

const loaded = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/components/export/ExportPanel.tsx', async (original) => {
  loaded.count++;
  return original();
});

describe('the export menu’s panel code', () => {
  const freshMenu = async () => {
    vi.resetModules();
    loaded.count = 0;
    return (await import('../../src/components/export/ExportMenu.tsx')).ExportMenu;
  };

  it('is not loaded by the closed menu alone', async () => {
    const ExportMenu = await freshMenu();
    renderWithStore(<ExportMenu />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loaded.count).toBe(0);
  });

  it('is asked for when the pointer reaches the menu, before any click', async () => {
    const ExportMenu = await freshMenu();
    renderWithStore(<ExportMenu />);
    fireEvent.pointerEnter(screen.getByText('Export and cite'));
    await vi.waitFor(() => expect(loaded.count).toBe(1));
  });
});
