import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** A request from another screen (the dashboard) to show only some policies in the register. */
export interface RegisterFilter {
  /** What the user clicked, in their language: "Charter article XI". */
  label: string;
  policyIds: ReadonlySet<string>;
}

interface RegisterFilterState {
  filter: RegisterFilter | null;
  /** Sets the filter and opens the register. */
  showInRegister(filter: RegisterFilter): void;
  clear(): void;
}

const RegisterFilterContext = createContext<RegisterFilterState | null>(null);

/** App-level state, so a filter chosen elsewhere survives the switch to the register and stays until cleared. */
export function RegisterFilterProvider({ onShow, children }: { onShow: () => void; children: ReactNode }) {
  const [filter, setFilter] = useState<RegisterFilter | null>(null);
  const showInRegister = useCallback(
    (next: RegisterFilter) => {
      setFilter(next);
      onShow();
    },
    [onShow],
  );
  const clear = useCallback(() => setFilter(null), []);
  const value = useMemo(() => ({ filter, showInRegister, clear }), [filter, showInRegister, clear]);
  return <RegisterFilterContext.Provider value={value}>{children}</RegisterFilterContext.Provider>;
}

export function useRegisterFilter(): RegisterFilterState {
  const state = useContext(RegisterFilterContext);
  if (!state) throw new Error('useRegisterFilter outside RegisterFilterProvider');
  return state;
}
