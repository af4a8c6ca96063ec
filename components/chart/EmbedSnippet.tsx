"use client";
import { useId, useState } from "react";
import { RadioGroup } from "@/components/layout/RadioGroup";
import { useSiteOrigin } from "@/components/layout/SiteOrigin";
import { useHydrated } from "@/components/layout/useHydrated";
import type { EmbedView } from "@/lib/embed";
import { DEFAULT_APPEARANCE, EMBED_THEMES, type EmbedAppearance, type EmbedTheme } from "@/lib/embed-appearance";
import { EmbedCode } from "./ShareViews";

const THEME_LABELS: Record<EmbedTheme, string> = { auto: "Follow the reader's system", light: "Light", dark: "Dark" };

/**
 * "Embed": the iframe snippet (and the optional resize script) for this exact view, in the look the
 * host chooses. Without JavaScript the choices cannot rewrite the snippet, so they are described as
 * the address's parameters instead.
 */
export function EmbedSnippet({ embed }: { embed: EmbedView }) {
  const origin = useSiteOrigin();
  const hydrated = useHydrated();
  const [appearance, setAppearance] = useState<EmbedAppearance>(DEFAULT_APPEARANCE);
  const uid = useId();
  const set = (change: Partial<EmbedAppearance>) => setAppearance((current) => ({ ...current, ...change }));
  const options = hydrated ? (
    <div className="controls embed-options">
      <RadioGroup
        legend="Colours"
        name={`${uid}-theme`}
        values={EMBED_THEMES}
        label={(theme) => THEME_LABELS[theme]}
        selected={appearance.theme}
        onChange={(theme) => set({ theme })}
      />
      <fieldset>
        <legend>Frame</legend>
        <label>
          <input type="checkbox" checked={appearance.plain} aria-describedby={`${uid}-plain`} onChange={(e) => set({ plain: e.target.checked })} /> Plain
        </label>
        <label>
          <input type="checkbox" checked={appearance.transparent} onChange={(e) => set({ transparent: e.target.checked })} /> Transparent background
        </label>
        <small id={`${uid}-plain`} className="muted">
          Plain leaves out the title, the takeaway and the link back: caption the chart on your page with its title and &ldquo;HER2 Atlas&rdquo;. The source
          line stays in the frame.
        </small>
      </fieldset>
    </div>
  ) : undefined;
  return <EmbedCode embed={embed} origin={origin} appearance={appearance} options={options} onFocus={(event) => event.currentTarget.select()} />;
}
