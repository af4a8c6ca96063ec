/**
 * Each PREDICT parameter in plain words, for a form and for the API's description: a label, what it
 * means, and each allowed code with its label (or, for a number, its unit and limits). The codes
 * themselves come from inputs.ts, so a form cannot offer a value the schema refuses.
 */
import {
  AGE_RANGE,
  CHECKED_RANGES,
  type CheckedParameter,
  type CodedParameter,
  MODEL_DEFAULT_HEART_GY,
  PREDICT_CODES,
  PREDICT_PARAMETERS,
  type PredictParameter,
} from "./inputs";

export interface CodeOption {
  value: number;
  label: string;
}

interface FieldText {
  label: string;
  description: string;
}

export type PredictField =
  | (FieldText & { name: PredictParameter; kind: "code"; options: readonly CodeOption[] })
  | (FieldText & {
      name: PredictParameter;
      kind: "number";
      unit: string;
      /** Smallest allowed value; `minExclusive` when the value must be above it. */
      min: number;
      minExclusive: boolean;
      max: number | null;
      integer: boolean;
    });

type CodeLabels = { [P in CodedParameter]: Record<(typeof PREDICT_CODES)[P][number], string> };

const YES_NO = { 1: "Yes", 0: "No" } as const;
const STATUS = { 1: "Positive", 0: "Negative", 9: "Not known" } as const;

const CODE_LABELS: CodeLabels = {
  screen: { 0: "Symptoms", 1: "Screening", 2: "Not known" },
  grade: { 1: "Grade 1", 2: "Grade 2", 3: "Grade 3", 9: "Not known" },
  er: { 1: "Positive", 0: "Negative" },
  pr: STATUS,
  her2: { 1: "Positive (IHC 3+ or ISH-amplified)", 0: "Negative (HER2-low and -ultralow too)", 9: "Not known" },
  ki67: STATUS,
  generation: { 0: "None", 2: "Second-generation regimen", 3: "Third-generation regimen" },
  horm: YES_NO,
  traz: YES_NO,
  bis: YES_NO,
  radio: YES_NO,
  smoker: { 1: "Yes", 0: "No (never, or stopped)" },
};

const TEXT: Record<PredictParameter, FieldText> = {
  age: { label: "Age at diagnosis", description: `In years, from ${AGE_RANGE.min} to ${AGE_RANGE.max}: the ages the model was built for.` },
  screen: {
    label: "How the cancer was found",
    description:
      "Through symptoms, or by screening. “Not known” is an answer: the model then uses a value between the two (0.204, where symptoms count 0 and screening 1).",
  },
  size: {
    label: "Invasive tumour size",
    description: "Size of the invasive part of the tumour, in millimetres; more than 0. A report that gives centimetres: 2.5 cm is 25 mm.",
  },
  grade: {
    label: "Tumour grade",
    description:
      "How abnormal the cancer cells look under the microscope, from 1 to 3. “Not known” is an answer: the model then uses 2.13, just above grade 2.",
  },
  nodes: { label: "Positive lymph nodes", description: "How many lymph nodes had cancer in them: a whole number, 0 if none." },
  er: {
    label: "Oestrogen receptor (ER) status",
    description: "The model has separate equations for ER-positive and ER-negative cancers, so ER status must be known.",
  },
  pr: { label: "Progesterone receptor (PR) status", description: "Whether the cancer cells carry progesterone receptors." },
  her2: {
    label: "HER2 status",
    description: "HER2-positive means IHC 3+, or amplified on ISH. HER2-low and HER2-ultralow cancers are HER2-negative here.",
  },
  ki67: { label: "Ki-67 status", description: "A marker of how fast cancer cells divide. The model counts it only for ER-positive cancers." },
  generation: {
    label: "Chemotherapy",
    description:
      "None, or the generation of the chemotherapy regimen, as PREDICT groups regimens; the oncology team can say which it is (the model's source does not list the drugs in each).",
  },
  horm: {
    label: "Hormone therapy",
    description: "Endocrine therapy. The model counts it only for ER-positive cancers, and shows 5 and 10 years of it.",
  },
  traz: { label: "Trastuzumab", description: "Trastuzumab (Herceptin). The model counts it only for HER2-positive cancers." },
  bis: { label: "Bisphosphonate", description: "A bone-protecting drug; in the model it is meant for women past the menopause." },
  radio: { label: "Radiotherapy", description: "Radiotherapy after surgery." },
  heartGy: {
    label: "Radiation dose to the heart",
    description: `Mean dose to the heart from radiotherapy, in gray (Gy), 0 or more; the radiotherapy team can give it. Not known? The model's code uses ${MODEL_DEFAULT_HEART_GY} Gy when none is given, which is not an estimate of her dose. With no radiotherapy, leave it empty or give 0.`,
  },
  smoker: { label: "Current smoker", description: "Smoking raises the chance of dying from causes other than breast cancer." },
};

/** What to type in an empty number field, said beside it. */
const EMPTY_NUMBER: Record<Exclude<PredictParameter, CodedParameter>, string> = {
  age: "type her age in years.",
  size: "type the size in millimetres (the pathology report gives it).",
  nodes: "type how many, 0 if none.",
  // Asked only with radiotherapy: without it an empty dose is 0 (inputs.ts).
  heartGy: `with radiotherapy the model needs the mean dose to the heart, in Gy; the radiotherapy team can give it. Not known? Type ${MODEL_DEFAULT_HEART_GY} to use the model's code default, which is not an estimate of her dose.`,
};

/**
 * What a field left empty says beside it: not a bare "Required.", but what would answer it: the
 * choices (so a reader sees that "Not known" is one where the model takes it), or what to type.
 */
export function emptyFieldMessage(name: PredictParameter): string {
  const field = fieldOf(name);
  if (field.kind === "number") return `Required: ${EMPTY_NUMBER[name as keyof typeof EMPTY_NUMBER]}`;
  const labels = field.options.map((option) => `“${option.label}”`);
  return `Required: choose ${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}.`;
}

type NumberLimits = Pick<Extract<PredictField, { kind: "number" }>, "unit" | "min" | "minExclusive" | "max" | "integer">;

const NUMBER_LIMITS: Record<Exclude<PredictParameter, CodedParameter>, NumberLimits> = {
  age: { unit: "years", min: AGE_RANGE.min, minExclusive: false, max: AGE_RANGE.max, integer: false },
  size: { unit: "mm", min: 0, minExclusive: true, max: null, integer: false },
  nodes: { unit: "nodes", min: 0, minExclusive: false, max: null, integer: true },
  heartGy: { unit: "Gy", min: 0, minExclusive: false, max: null, integer: false },
};

function field(name: PredictParameter): PredictField {
  if (name in PREDICT_CODES) {
    const coded = name as CodedParameter;
    const labels = CODE_LABELS[coded] as Record<number, string>;
    const options = PREDICT_CODES[coded].map((value) => ({ value, label: labels[value] as string }));
    return { name, kind: "code", ...TEXT[name], options };
  }
  return { name, kind: "number", ...TEXT[name], ...NUMBER_LIMITS[name as keyof typeof NUMBER_LIMITS] };
}

/** Every parameter's field, in PREDICT_PARAMETERS order. */
export const PREDICT_FIELDS: readonly PredictField[] = PREDICT_PARAMETERS.map(field);

const fieldOf = (name: PredictParameter): PredictField => PREDICT_FIELDS.find((f) => f.name === name) ?? field(name);

/** A parameter's name as its form field shows it ("Radiation dose to the heart"), for messages that name the field. */
export function fieldLabel(name: PredictParameter): string {
  return fieldOf(name).label;
}

/** A caution for each answer the model takes but whose results were never checked there: shown beside the field, the result still shown. */
export type PredictCautions = Partial<Record<PredictParameter, string>>;

/** What a value above the reference's cases is called, and what to check: a size in centimetres is a likely slip. */
const BEYOND_CHECKED: Record<CheckedParameter, { values: string; unit: (value: number) => string; tip: string }> = {
  size: { values: "sizes", unit: (mm) => `${mm} mm`, tip: " (a report in centimetres: 2.5 cm is 25 mm)" },
  nodes: { values: "node counts", unit: (nodes) => `${nodes} nodes`, tip: "" },
  heartGy: { values: "doses", unit: (gy) => `${gy} Gy`, tip: "" },
};

/** "99 Gy is above the doses the model’s results were checked at (0–8 Gy): check the value." for each number beyond its checked range. */
function beyondChecked(values: Partial<Record<PredictParameter, string | number>>): PredictCautions {
  const cautions: PredictCautions = {};
  for (const [name, { min, max }] of Object.entries(CHECKED_RANGES) as [CheckedParameter, { min: number; max: number }][]) {
    const value = Number(values[name]);
    const { values: what, unit, tip } = BEYOND_CHECKED[name];
    if (value > max) cautions[name] = `${unit(value)} is above the ${what} the model’s results were checked at (${min}–${unit(max)}): check the value${tip}.`;
  }
  return cautions;
}

/**
 * The cautions for a patient's answers (a form's text, or a checked input). A size, node count or
 * heart dose above the reference's cases is allowed (the README sets no maximum), yet 600 mm or 99 Gy
 * is more likely a slip than a patient's value, so the reader is asked to check it. A bisphosphonate
 * counts for any woman, though the model's authors meant it for women past the menopause.
 */
export function predictCautions(values: Partial<Record<PredictParameter, string | number>>): PredictCautions {
  return {
    ...beyondChecked(values),
    // benefits32.R: "Only applicable to menopausal women"; the model has no menopause input, so it counts the benefit for anyone.
    ...(String(values.bis) === "1" && { bis: "Its benefit in the model applies only to women past the menopause (the authors’ note): check that she is." }),
    // benefits32.R: t <- ifelse(her2==1 & traz==1, …, 0) and h <- ifelse(horm==1 & er==1, …, 0): a drug
    // given outside its group adds nothing, which the result alone would leave unexplained.
    ...(String(values.traz) === "1" &&
      String(values.her2) !== "1" && {
        traz: `The model counts trastuzumab only for HER2-positive cancers: with HER2 status ${String(values.her2) === "0" ? "negative" : "not known"}, it adds nothing here.`,
      }),
    ...(String(values.horm) === "1" &&
      String(values.er) === "0" && { horm: "The model counts hormone therapy only for ER-positive cancers: with ER-negative, it adds nothing here." }),
  };
}

/** The cautions as sentences named by their field ("Radiation dose to the heart: 99 Gy is above…"), for a view with no form beside them. */
export function cautionSentences(values: Partial<Record<PredictParameter, string | number>>): string[] {
  return Object.entries(predictCautions(values)).map(([name, caution]) => `${fieldLabel(name as PredictParameter)}: ${caution}`);
}
