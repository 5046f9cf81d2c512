/** True when a key press belongs to a field, a menu or a dialog rather than to a page shortcut. */
export function typingTarget(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return event.altKey || event.ctrlKey || event.metaKey || Boolean(target?.closest('input, textarea, select, [contenteditable="true"], [role="listbox"], [role="menu"], [role="dialog"]'));
}
