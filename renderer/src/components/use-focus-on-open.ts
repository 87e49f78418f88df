import { useEffect, useRef } from 'react';
import { useAppState } from '../store/store-context';

/**
 * A ref for a view's heading that takes focus when the view opens after the user moved there (not
 * on the window's first load), so a screen reader says where they are and Tab goes on from the top.
 */
export function useFocusOnOpen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const navigations = useAppState((s) => s.navigations);
  useEffect(() => {
    if (navigations > 0) ref.current?.focus();
    // Only when the view opens: later renders must not pull focus away from a control.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return ref;
}
