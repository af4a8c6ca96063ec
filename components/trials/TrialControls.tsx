"use client";
import { useExplorerState } from "@/components/layout/ExplorerForm";
import { NoScriptSubmit } from "@/components/layout/NoScriptSubmit";
import type { TrialViewState } from "@/lib/charts/trial-state";

export interface EndpointChoice {
  id: string;
  label: string;
}

/** One of the picker's groups (early or metastatic breast cancer) and its endpoints. */
export interface EndpointGroup {
  group: string;
  endpoints: readonly EndpointChoice[];
}

/**
 * The endpoint picker, grouped by setting (early, metastatic), in the page's GET form: without JavaScript "Show curves"
 * reloads the page at the new URL; with it a choice asks the server for the new view at once.
 */
export function TrialControls({ groups }: { groups: readonly EndpointGroup[] }) {
  const { state, update } = useExplorerState<TrialViewState>();
  return (
    <div className="controls" data-testid="trial-controls">
      <label htmlFor="trial-endpoint">Trial and endpoint</label>{" "}
      <select
        id="trial-endpoint"
        name="endpoint"
        className="wraps"
        value={state.endpoint}
        onChange={(event) => update({ ...state, endpoint: event.target.value })}
      >
        {groups.map((group) => (
          <optgroup key={group.group} label={group.group}>
            {group.endpoints.map((endpoint) => (
              <option key={endpoint.id} value={endpoint.id}>
                {endpoint.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>{" "}
      <NoScriptSubmit label="Show curves" />
    </div>
  );
}
