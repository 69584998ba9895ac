/**
 * When not to use Unknot without a clinician first: shown on the first run before any
 * hands-on work. Drawn from the techniques' cautions and NICE's red flags for back pain
 * (NG59): a possible fracture, infection, cancer (weight loss, fever, a history of
 * cancer) or nerve compression, and the conditions that rule out firm pressure.
 */
export const RED_FLAGS: readonly string[] = [
  'A recent injury, a fall or an accident, or pain that is new, severe or getting worse fast.',
  'Signs of a blood clot: a calf or arm that is swollen, warm, red or tender. Do not massage it.',
  'A suspected fracture, or pain in a bone after a fall.',
  'An infection, fever, an open wound, a burn or a rash where you would work.',
  'Osteoporosis or fragile bones: no firm pressure or ball rolling, especially on the spine and ribs.',
  'Back pain with unexplained weight loss, a fever, or a history of cancer: see a doctor first.',
  'Numbness, tingling or weakness that spreads, or trouble controlling your bladder or bowels.',
  'You take blood thinners (anticoagulants) or bruise easily: keep pressure very light.',
  'You are pregnant: avoid deep pressure on the lower back, belly and ankles, and heat on the belly.',
];
