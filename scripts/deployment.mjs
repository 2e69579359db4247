// What a deployment file (deployment.json, or the file BPF_DEPLOYMENT names) may say, checked
// when the site is built, as the form reads it (core::embed::Deployment): the Secretariat's keys,
// the addresses files may be sent to, the other sites questionnaires may come from.

/** Why `deployment` (parsed JSON) cannot be used, or null. */
export function deploymentProblem(deployment) {
  if (deployment === null || typeof deployment !== "object" || Array.isArray(deployment)) return "it is not a JSON object";
  const known = ["keys", "contacts", "questionnaire_sites"];
  const unknown = Object.keys(deployment).filter((k) => !known.includes(k));
  if (unknown.length) return `only "keys", "contacts" and "questionnaire_sites" are allowed, not ${unknown.map((k) => `"${k}"`).join(", ")}`;
  for (const k of known) {
    if (deployment[k] !== undefined && !(Array.isArray(deployment[k]) && deployment[k].every((v) => typeof v === "string"))) return `"${k}" is a list of strings`;
  }
  const badKey = (deployment.keys ?? []).find((k) => !/^age1[02-9ac-hj-np-z]{58}$/.test(k.trim()));
  if (badKey !== undefined) return `not an age public key (age1…): ${badKey}`;
  const badSite = (deployment.questionnaire_sites ?? []).find((s) => {
    try {
      const url = new URL(s);
      return !["https:", "http:"].includes(url.protocol) || url.pathname !== "/" || url.search || url.hash || url.username;
    } catch {
      return true;
    }
  });
  if (badSite !== undefined) return `not a site's origin (https://host): ${badSite}`;
  return null;
}
