// sitrep dashboard: plain JavaScript, no build step, no network access beyond this
// server. Report text is only ever put into the page with textContent and
// createTextNode, never parsed as HTML, so a report containing markup shows as text.
"use strict";

const KIND_COLOURS = { attack: "#c0392b", clash: "#d68910", meeting: "#2471a3", agreement: "#229954", statement: "#7d3c98" };
const FILTER_KEYS = ["from", "to", "oblast", "weapon", "kind"];
const PAGE = 500;
// map projection: equirectangular, longitudes shrunk by cos(48.5°)
const LON0 = 22.0, LAT0 = 52.5, K = 82, COSLAT = Math.cos(48.5 * Math.PI / 180);
const project = (lon, lat) => [(lon - LON0) * COSLAT * K, (LAT0 - lat) * K];
const SVG_NS = "http://www.w3.org/2000/svg";

const state = { events: [], nextOffset: null, stats: [], oblasts: null, selected: null };

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function svg(tag, attrs = {}) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}
function status(msg) { document.getElementById("status").textContent = msg; }

async function getJSON(url) {
  const r = await fetch(url);
  const body = await r.json().catch(() => ({ error: `HTTP ${r.status}` }));
  if (!r.ok) throw new Error(body.error || `HTTP ${r.status}`);
  return body;
}

// --- URL <-> filters -------------------------------------------------------
function readURL() {
  const p = new URLSearchParams(location.search);
  const form = document.getElementById("filters");
  for (const k of [...FILTER_KEYS, "metric"]) if (form.elements[k]) form.elements[k].value = p.get(k) || (k === "metric" ? "attacks" : "");
  state.selected = p.get("event");
}
function filters() {
  const form = document.getElementById("filters");
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) { const v = form.elements[k].value; if (v) q.set(k, v); }
  return q;
}
function metric() { return document.getElementById("filters").elements.metric.value || "attacks"; }
function writeURL() {
  const q = filters();
  if (metric() !== "attacks") q.set("metric", metric());
  if (state.selected) q.set("event", state.selected);
  const s = q.toString();
  history.replaceState(null, "", s ? `?${s}` : location.pathname);
  for (const [id, fmt] of [["export", "acled-csv"], ["export-geojson", "geojson"]]) {
    const e = filters(); e.set("format", fmt);
    document.getElementById(id).href = `/api/export?${e}`;
  }
}

// --- map ------------------------------------------------------------------
function ringPath(ring) {
  return ring.map(([lon, lat], i) => { const [x, y] = project(lon, lat); return `${i ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`; }).join("") + "Z";
}
function geometryPath(g) {
  const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  return polys.map(p => p.map(ringPath).join("")).join("");
}
function drawOblasts() {
  const g = document.getElementById("oblasts");
  g.replaceChildren();
  const values = {};
  for (const r of state.stats) values[r.oblast] = (values[r.oblast] || 0) + (r[metric()] || 0);
  const max = Math.max(1, ...Object.values(values));
  const chosen = document.getElementById("filters").elements.oblast.value;
  for (const f of state.oblasts.features) {
    const name = f.properties.name;
    const v = values[name] || 0;
    const t = v ? 0.15 + 0.85 * (v / max) : 0;
    const fill = v ? `rgb(${Math.round(255 - 63 * t)},${Math.round(235 - 178 * t)},${Math.round(225 - 182 * t)})` : "#e8eaed";
    const p = svg("path", { d: geometryPath(f.geometry), fill, "data-oblast": name, class: chosen && name.startsWith(chosen) ? "selected" : "" });
    const title = svg("title"); title.textContent = `${name}: ${v} ${metric()}`; p.append(title);
    p.addEventListener("click", () => {
      const sel = document.getElementById("filters").elements.oblast;
      sel.value = sel.value === name ? "" : name;
      refresh();
    });
    g.append(p);
  }
}
function drawPoints() {
  const g = document.getElementById("points");
  g.replaceChildren();
  for (const ev of state.events) {
    const { lat, lon } = ev.place || {};
    if (lat == null || lon == null) continue;
    const [x, y] = project(lon, lat);
    const r = 4 + Math.min(8, Math.sqrt((ev.killed || 0) + (ev.injured || 0)));
    const c = svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), fill: KIND_COLOURS[ev.kind] || "#555", "data-id": ev.id,
      class: ev.id === state.selected ? "selected" : "" });
    const title = svg("title"); title.textContent = `${ev.day || "undated"} ${ev.kind} — ${ev.place.name || "?"}`; c.append(title);
    c.addEventListener("click", () => select(ev.id));
    g.append(c);
  }
  const legend = document.getElementById("legend");
  legend.replaceChildren(...Object.entries(KIND_COLOURS).map(([k, col]) => {
    const s = el("span"); const sw = el("span", { class: "swatch" }); sw.style.background = col; s.append(sw, k); return s;
  }), el("span", {}, `oblast shade: ${metric()} in the selected period`));
}

// --- timeline -------------------------------------------------------------
function drawTimeline() {
  const chart = document.getElementById("timeline");
  chart.replaceChildren();
  document.getElementById("timeline-metric").textContent = metric();
  const perDay = new Map();
  for (const r of state.stats) perDay.set(r.period, (perDay.get(r.period) || 0) + (r[metric()] || 0));
  const days = [...perDay.keys()].sort();
  if (!days.length) { const t = svg("text", { x: 10, y: 80 }); t.textContent = "no dated attacks or clashes for these filters"; chart.append(t); return; }
  // a continuous day axis from the first to the last day
  const d0 = new Date(days[0] + "T00:00:00Z"), d1 = new Date(days[days.length - 1] + "T00:00:00Z");
  const n = Math.round((d1 - d0) / 86400000) + 1;
  const W = 600, H = 160, L = 30, B = 20, bw = (W - L) / n;
  const max = Math.max(1, ...perDay.values());
  for (let i = 0; i < n; i++) {
    const day = new Date(d0.getTime() + i * 86400000).toISOString().slice(0, 10);
    const v = perDay.get(day) || 0;
    if (!v) continue;
    const h = (H - B - 10) * v / max;
    const rect = svg("rect", { x: (L + i * bw + bw * 0.1).toFixed(1), y: (H - B - h).toFixed(1), width: Math.max(1, bw * 0.8).toFixed(1), height: h.toFixed(1), "data-day": day });
    const title = svg("title"); title.textContent = `${day}: ${v}`; rect.append(title);
    rect.addEventListener("click", () => { const f = document.getElementById("filters").elements; f.from.value = day; f.to.value = day; refresh(); });
    chart.append(rect);
  }
  const label = (x, y, s, anchor = "start") => { const t = svg("text", { x, y, "text-anchor": anchor }); t.textContent = s; chart.append(t); };
  label(L, H - 4, days[0]); label(W, H - 4, days[days.length - 1], "end"); label(L - 4, 14, String(max), "end"); label(L - 4, H - B, "0", "end");
}

// --- table ----------------------------------------------------------------
function drawTable() {
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const ev of state.events) {
    const tr = el("tr", { "data-id": ev.id, class: ev.id === state.selected ? "selected" : "" });
    const num = (v, max) => v == null ? "–" : (max != null && max !== v ? `${v}–${max}` : String(v));
    for (const v of [ev.day || "undated", ev.kind, (ev.place && ev.place.name) || "–", (ev.place && (ev.place.admin1 || ev.place.country)) || "–",
      (ev.weapons || []).join(", "), num(ev.killed, ev.killed_max), num(ev.injured, ev.injured_max), ev.n_sources]) tr.append(el("td", {}, v));
    tr.addEventListener("click", () => select(ev.id));
    body.append(tr);
  }
  document.getElementById("event-count").textContent = `(${state.events.length}${state.nextOffset != null ? "+" : ""})`;
  document.getElementById("more").hidden = state.nextOffset == null;
}

// --- selected event -------------------------------------------------------
/** The report text as DOM nodes, each evidence span in a <mark> per field. */
function highlighted(text, evidence) {
  const spans = evidence.filter(e => e.start16 != null && e.end16 > e.start16);
  const cuts = new Set([0, text.length]);
  for (const e of spans) { cuts.add(e.start16); cuts.add(e.end16); }
  const points = [...cuts].filter(c => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const fields = [...new Set(spans.filter(e => e.start16 <= a && b <= e.end16).map(e => e.field))];
    if (!fields.length) { out.push(document.createTextNode(piece)); continue; }
    const m = el("mark", { class: `f-${fields[0]}`, "data-fields": fields.join(" "), title: fields.join(", ") }, piece);
    out.push(m);
  }
  return out;
}
async function select(id) {
  state.selected = id;
  writeURL();
  for (const e of document.querySelectorAll("[data-id]")) e.classList.toggle("selected", e.dataset.id === id);
  const panel = document.getElementById("detail");
  if (!id) { panel.hidden = true; return; }
  let ev;
  try { ev = await getJSON(`/api/events/${encodeURIComponent(id)}`); } catch (e) { status(`event ${id}: ${e.message}`); return; }
  panel.hidden = false;
  document.getElementById("detail-title").textContent = `${ev.kind} — ${(ev.place && ev.place.name) || "unknown place"}, ${ev.day || "undated"}`;
  const dl = document.getElementById("detail-fields");
  dl.replaceChildren();
  const range = f => ev[f] == null ? null : (ev[`${f}_max`] !== ev[f] ? `${ev[f]}–${ev[`${f}_max`]}` : String(ev[f]));
  const place = ev.place || {};
  const rows = [["id", ev.id], ["scope", ev.scope], ["part of", ev.part_of], ["actor", ev.actor],
    ["place", [place.name, place.admin3, place.admin2, place.admin1 || place.country].filter(Boolean).join(", ") + (place.lat == null ? " (unresolved: no coordinates)" : ` (${place.lat.toFixed(3)}, ${place.lon.toFixed(3)}; ${place.precision || "?"})`)],
    ["dates", ev.when && (ev.when.start === ev.when.end ? ev.when.start : `${ev.when.start || "?"} – ${ev.when.end || "?"}`)],
    ["count", range("count")], ["killed", range("killed")], ["injured", range("injured")], ["children killed", range("children_killed")],
    ["children injured", range("children_injured")], ["weapons", (ev.weapons || []).join(", ")], ["targets", (ev.targets || []).join(", ")],
    ["ACLED", ev.acled && [ev.acled.event_type, ev.acled.sub_event_type].filter(Boolean).join(" / ")], ["sources", ev.n_sources]];
  for (const [k, v] of rows) if (v != null && v !== "") dl.append(el("dt", {}, k), el("dd", {}, v));
  const box = document.getElementById("detail-sources");
  box.replaceChildren();
  for (const s of ev.sources || []) {
    const div = el("div", { class: "source" });
    div.append(el("h3", {}, `${s.title || s.path} — ${s.path}#${s.ordinal}, published ${s.published || "unknown"}`));
    const values = ["killed", "injured", "count"].filter(f => s[f] != null).map(f => `${f} ${s[f]}`).join(", ");
    if (values) div.append(el("p", {}, `this source: ${values}`));
    const list = el("ul", { class: "evidence-list" });
    for (const e of s.evidence || []) {
      const li = el("li");
      li.append(el("strong", {}, `${e.field}: `), el("mark", { class: `f-${e.field}` }, e.text || ""), document.createTextNode(e.sentence ? ` — “${e.sentence}”` : ""));
      list.append(li);
    }
    div.append(list);
    const report = el("div", { class: "report" });
    report.append(...highlighted(s.text || "", s.evidence || []));
    div.append(report);
    box.append(div);
  }
}

// --- loading --------------------------------------------------------------
async function loadEvents(offset) {
  const q = filters(); q.set("limit", PAGE); q.set("offset", offset);
  const page = await getJSON(`/api/events?${q}`);
  state.events = offset ? state.events.concat(page.events) : page.events;
  state.nextOffset = page.next_offset;
}
async function refresh() {
  writeURL();
  status("loading…");
  try {
    const q = filters();
    const [stats] = await Promise.all([getJSON(`/api/stats?${q}`), loadEvents(0)]);
    state.stats = stats.rows;
    drawOblasts(); drawPoints(); drawTimeline(); drawTable();
    status(`${state.events.length}${state.nextOffset != null ? "+" : ""} events`);
    document.body.dataset.ready = "1";
  } catch (e) { status(`error: ${e.message}`); }
}

async function init() {
  const [meta, oblasts] = await Promise.all([getJSON("/api/meta"), getJSON("/api/oblasts.geojson")]);
  state.oblasts = oblasts;
  const form = document.getElementById("filters");
  const names = oblasts.features.map(f => f.properties.name).sort();
  form.elements.oblast.append(...names.map(n => el("option", { value: n }, n)));
  form.elements.weapon.append(...meta.weapons.map(w => el("option", { value: w }, w.replace(/_/g, " "))));
  form.elements.kind.append(...meta.kinds.map(k => el("option", { value: k }, k)));
  readURL();
  form.addEventListener("change", e => { if (e.target.name === "metric") { writeURL(); drawOblasts(); drawPoints(); drawTimeline(); } else refresh(); });
  document.getElementById("reset").addEventListener("click", () => { form.reset(); state.selected = null; document.getElementById("detail").hidden = true; refresh(); });
  document.getElementById("more").addEventListener("click", async () => { await loadEvents(state.nextOffset); drawPoints(); drawTable(); });
  await refresh();
  if (state.selected) await select(state.selected);
}
init().catch(e => status(`error: ${e.message}`));
