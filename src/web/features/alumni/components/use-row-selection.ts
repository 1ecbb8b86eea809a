import { useState } from "react";

/**
 * Which rows are ticked, forgotten whenever `scope` changes (new filters show other people, and acting on
 * someone no longer on screen would surprise).
 */
export function useRowSelection(scope: string) {
  const [state, setState] = useState<{ scope: string; ids: ReadonlySet<string> }>({ scope, ids: new Set() });
  const ids = state.scope === scope ? state.ids : new Set<string>();
  const set = (many: string[], checked: boolean) => {
    const next = new Set(ids);
    for (const id of many) {
      if (checked) next.add(id);
      else next.delete(id);
    }
    setState({ scope, ids: next });
  };
  return { ids, set, clear: () => setState({ scope, ids: new Set() }) };
}

export type RowSelection = ReturnType<typeof useRowSelection>;
