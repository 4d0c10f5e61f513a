/** @jest-environment jsdom */
import '../setup-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PaneViews } from '../../../src/taskpane/views';
import { nextTab } from '../../../src/taskpane/views/PaneTabs';
import { galleryModel } from '../../../src/taskpane/gallery/fixtures';
import { spyActions } from './render';

describe('PaneViews', () => {
  it('has the five views as tabs, opening on Status once the template is read', () => {
    render(<PaneViews model={galleryModel('read')} actions={spyActions()} />);
    expect(screen.getAllByRole('tab')).toHaveLength(5);
    for (const name of ['Mulai', 'Status', 'Validasi', 'Tinjau', 'Ekspor'])
      expect(screen.getByRole('tab', { name })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Status' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Status');
  });

  it('opens on Mulai while there is no template, and moves between views by tab', async () => {
    render(<PaneViews model={galleryModel('fresh')} actions={spyActions()} />);
    expect(screen.getByRole('heading', { name: 'Buku kerja' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Validasi' }));
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Validasi');
    expect(screen.getByText(/Pasang dulu di tab Mulai/)).toBeInTheDocument();
  });

  it('moves from Mulai to Status when the first reading arrives, unless the user picked a tab', async () => {
    const { rerender } = render(<PaneViews model={galleryModel('fresh')} actions={spyActions()} />);
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Mulai');
    rerender(<PaneViews model={galleryModel('read')} actions={spyActions()} />);
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Status');
    await userEvent.click(screen.getByRole('tab', { name: 'Ekspor' }));
    rerender(<PaneViews model={galleryModel('fresh')} actions={spyActions()} />);
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Ekspor');
  });

  it('speaks Indonesian by default and switches to English, telling the shell', async () => {
    const onLangChange = jest.fn();
    render(<PaneViews model={galleryModel('read')} actions={spyActions()} onLangChange={onLangChange} />);
    // The button names the language it switches to, in that language.
    const toggle = screen.getByRole('button', { name: 'English' });
    expect(toggle).toHaveAttribute('lang', 'en');
    await userEvent.click(toggle);
    expect(onLangChange).toHaveBeenCalledWith('en');
    for (const name of ['Start', 'Status', 'Checks', 'Review', 'Export'])
      expect(screen.getByRole('tab', { name })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'English' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Bahasa Indonesia' }));
    expect(onLangChange).toHaveBeenLastCalledWith('id');
    expect(screen.getByRole('tab', { name: 'Mulai' })).toBeInTheDocument();
  });

  it('moves and selects with the arrow keys, Home and End, keeping one tab stop', async () => {
    render(<PaneViews model={galleryModel('read')} actions={spyActions()} />);
    screen.getByRole('tab', { name: 'Status' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Validasi' })).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Validasi');
    await userEvent.keyboard('{End}{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Mulai' })).toHaveFocus();
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toEqual([
      screen.getByRole('tab', { name: 'Mulai' }),
    ]);
  });
});

describe('nextTab', () => {
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowRight', 4, 0],
    ['ArrowLeft', 0, 4],
    ['Home', 3, 0],
    ['End', 1, 4],
    ['Enter', 2, null],
  ] as const)('%s from %i of 5 → %p', (key, from, to) => expect(nextTab(key, from, 5)).toBe(to));
});
