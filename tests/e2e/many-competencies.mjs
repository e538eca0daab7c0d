// A framework with many competencies, made in the test rather than committed: the sample
// framework (its 21 competencies, tracks and roles unchanged) with generated competencies in
// ten more themes, each with a descriptor per step of the sample's scale. Deterministic.
import { defaultFramework } from "./harness.mjs";

/** The sample framework grown to `total` competencies; returns `{ text, framework, themes }`. */
export function frameworkWithCompetencies(total, themeCount = 10) {
  const framework = defaultFramework();
  const extra = total - framework.competencies.length;
  const themes = Array.from({ length: themeCount }, (_, t) => `Practice area ${t + 1}`);
  for (let i = 0; i < extra; i++) {
    const theme = themes[i % themeCount];
    const name = `Practice ${i + 1}`;
    framework.competencies.push({
      id: `practice-${i + 1}`,
      name,
      theme,
      description: `How well the person applies practice ${i + 1} in ${theme.toLowerCase()}.`,
      descriptors: Object.fromEntries(
        framework.proficiency_scale.map((step, s) => [step.id, `Step ${s + 1} of practice ${i + 1}: ${step.description}`]),
      ),
    });
  }
  return { text: JSON.stringify(framework), framework, themes };
}
