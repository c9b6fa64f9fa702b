/* incidentmap: draws incidents from the JSON blob written by maps/layers.py.
 *
 * Safety contract: every string of the blob that reaches the DOM (strings, labels,
 * dates, title) is an HTML fragment already escaped by maps/escape.py; this script only
 * concatenates them with fixed markup. Nothing here evaluates data.
 *
 * Reaching every incident: incidents at one spot are one "site" marker with a count;
 * area-wide incidents are one shape per area. Markers and areas are drawn on canvas and
 * are not Leaflet-interactive: one hit test on the map's own click and mouse-move events
 * finds every visible site under the pointer, or else every visible area containing it,
 * and one popup lists all their incidents by date. Nothing can hide anything else.
 */
(function () {
  "use strict";

  var LIST_STEP = 50;       // incidents rendered per "show more" in a popup
  var HIT_SLOP = 3;         // pixels of tolerance around a marker
  var MAX_ZOOM = 11;        // fitting the data never zooms closer than this
  var NOTE = {1: " <span class=\"im-note\">(city level)</span>",
              2: " <span class=\"im-note\">(part of / near)</span>",
              3: " <span class=\"im-note\">(area-wide)</span>"};
  var AREA_WORD = {country: "country-wide", region: "region-wide", shape: "in this area"};

  function radius(fatalities) {
    return 5 + Math.min(14, 2.5 * Math.sqrt(fatalities));
  }

  // -- the site marker: pie of its layers' colours, a ring for imprecise places, a count

  var Site = L.CircleMarker.extend({
    _updatePath: function () { this._renderer._imDrawSite(this); },
    _updateBounds: function () {
      // The ring and the count badge reach beyond the radius.
      var r = this._radius + 12;
      this._pxBounds = new L.Bounds(this._point.subtract([r, r]), this._point.add([r, r]));
    }
  });

  L.Canvas.include({
    _imDrawSite: function (layer) {
      var s = layer._imStyle;
      if (!this._drawing || layer._empty() || !s.count) { return; }
      var p = layer._point, ctx = this._ctx, r = Math.max(Math.round(layer._radius), 1);
      ctx.save();
      if (s.ring) {
        ctx.beginPath();
        ctx.arc(p.x, p.y, r + 4, 0, 2 * Math.PI);
        ctx.setLineDash(s.ring === 2 ? [3, 3] : []);
        ctx.lineWidth = 1.6;
        ctx.strokeStyle = s.slices[0][0];
        ctx.stroke();
        ctx.setLineDash([]);
      }
      ctx.globalAlpha = 0.9;
      if (s.slices.length === 1) {
        ctx.beginPath();
        if (s.diamond) {
          ctx.moveTo(p.x, p.y - r); ctx.lineTo(p.x + r, p.y);
          ctx.lineTo(p.x, p.y + r); ctx.lineTo(p.x - r, p.y);
          ctx.closePath();
        } else {
          ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
        }
        ctx.fillStyle = s.slices[0][0];
        ctx.fill();
      } else {
        var angle = -Math.PI / 2;
        s.slices.forEach(function (slice) {
          var next = angle + 2 * Math.PI * slice[1] / s.count;
          ctx.beginPath();
          ctx.moveTo(p.x, p.y);
          ctx.arc(p.x, p.y, r, angle, next);
          ctx.closePath();
          ctx.fillStyle = slice[0];
          ctx.fill();
          angle = next;
        });
        ctx.beginPath();
        ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
      }
      ctx.globalAlpha = 1;
      ctx.lineWidth = 1;
      ctx.strokeStyle = "#ffffff";
      ctx.stroke();
      if (s.count > 1) { badge(ctx, p, r, s.count > 99 ? "99+" : String(s.count)); }
      ctx.restore();
    }
  });

  function badge(ctx, p, r, text) {
    ctx.font = "bold 10px Helvetica Neue, Arial, sans-serif";
    var w = Math.max(14, ctx.measureText(text).width + 6), x = p.x + r * 0.6, y = p.y - r - 2;
    ctx.beginPath();
    ctx.arc(x + 7 - 7, y, 7, Math.PI / 2, 3 * Math.PI / 2);
    ctx.arc(x + w - 7, y, 7, -Math.PI / 2, Math.PI / 2);
    ctx.closePath();
    ctx.fillStyle = "#1f1f1f";
    ctx.fill();
    ctx.lineWidth = 1.2;
    ctx.strokeStyle = "#ffffff";
    ctx.stroke();
    ctx.fillStyle = "#ffffff";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(text, x + w / 2 - 3.5, y + 0.5);
  }

  // -- which incidents are shown: layer toggles and the date filter

  function visibleTest(entry) {
    var R = entry.data.rows, on = entry.on, f = entry.filter;
    if (f.all) { return function (r) { return on[R.l[r]]; }; }
    return function (r) {
      var d = R.d[r], last = R.de ? R.de[r] : d;  // an event over several days
      return on[R.l[r]] && d >= 0 && (f.dayOnly ? d <= f.upto && f.upto <= last :
                                      d <= f.upto);
    };
  }

  function visibleRows(entry, start, n, visible) {
    var out = [];
    for (var r = start; r < start + n; r++) { if (visible(r)) { out.push(r); } }
    return out;
  }

  function siteStyle(entry, s, visible) {
    var data = entry.data, R = data.rows, start = entry.siteStart[s], n = data.sites.n[s];
    if (n === 1) {
      // Most spots hold one incident: share one style object per look (100,000 markers).
      if (!visible(start)) { return HIDDEN; }
      var key = R.l[start] + "|" + R.q[start] + "|" + R.f[start];
      return entry.styles[key] || (entry.styles[key] = styleOf(entry, start, start + 1,
                                                                visible));
    }
    return styleOf(entry, start, start + n, visible);
  }

  function styleOf(entry, from, to, visible) {
    var data = entry.data, R = data.rows;
    var count = 0, fmax = 0, ring = 0, per = {}, order = [];
    for (var r = from; r < to; r++) {
      if (!visible(r)) { continue; }
      count++;
      fmax = Math.max(fmax, R.f[r]);
      if (R.q[r] === 2) { ring = 2; } else if (R.q[r] === 1 && !ring) { ring = 1; }
      if (!per[R.l[r]]) { per[R.l[r]] = 0; order.push(R.l[r]); }
      per[R.l[r]]++;
    }
    order.sort(function (a, b) { return a - b; });
    var slices = order.map(function (k) { return [data.layers[k].color, per[k]]; });
    var diamond = slices.length === 1 && data.layers[order[0]].shape === "diamond";
    return {count: count, slices: slices, ring: ring, diamond: diamond,
            radius: radius(fmax) + (diamond ? 2 : 0) + (count > 1 ? 1 : 0),
            key: count + "|" + ring + "|" + slices.join(";")};
  }

  var HIDDEN = {count: 0, slices: [], ring: 0, radius: 5, key: "0"};

  function areaStyle(entry, a, visible) {
    var data = entry.data, rows = visibleRows(entry, entry.areaStart[a], data.areas[a].n,
                                              visible);
    var per = {}, top = -1;
    rows.forEach(function (r) {
      var k = data.rows.l[r];
      per[k] = (per[k] || 0) + 1;
      if (top < 0 || per[k] > per[top]) { top = k; }
    });
    var color = top >= 0 ? data.layers[top].color : "#777777";
    // A light ramp by count: one shape per area, never stacked translucency.
    var opacity = rows.length ? Math.min(0.3, 0.05 + 0.05 * Math.log2(1 + rows.length)) : 0;
    return {count: rows.length, color: color, fillColor: color, fillOpacity: opacity,
            opacity: rows.length ? 0.85 : 0, imHatch: rows.length ? color : null};
  }

  function refresh(entry) {
    entry.on = entry.groups.map(function (group) { return entry.map.hasLayer(group); });
    var visible = visibleTest(entry);
    entry.sites.forEach(function (marker, s) {
      var style = siteStyle(entry, s, visible), old = marker._imStyle;
      marker._imStyle = style;
      if (marker._radius !== style.radius) {
        marker.setRadius(style.radius);
      } else if (old.key !== style.key) {
        marker.redraw();
      }
    });
    entry.areas.forEach(function (shape, a) {
      var style = areaStyle(entry, a, visible);
      shape._imCount = style.count;
      shape.setStyle(style);
    });
    entry.map.closeTooltip(entry.tooltip);
  }

  // -- one hit test for sites and areas

  function hitSites(entry, point) {
    var out = [];
    entry.sites.forEach(function (marker, s) {
      var st = marker._imStyle;
      if (!st.count || !marker._point) { return; }
      var reach = marker._radius + HIT_SLOP + (st.ring ? 4 : 0);
      var dx = marker._point.x - point.x, dy = marker._point.y - point.y;
      if (dx * dx + dy * dy <= reach * reach) { out.push(s); }
    });
    return out;
  }

  function hitAreas(entry, point) {
    var out = [];
    entry.areas.forEach(function (shape, a) {
      if (shape._imCount && shape._map && shape._containsPoint(point)) { out.push(a); }
    });
    return out;
  }

  function hits(entry, point) {
    var visible = visibleTest(entry), data = entry.data, rows = [], sites = hitSites(entry, point);
    sites.forEach(function (s) {
      rows = rows.concat(visibleRows(entry, entry.siteStart[s], data.sites.n[s], visible));
    });
    var areas = sites.length ? [] : hitAreas(entry, point);
    areas.forEach(function (a) {
      rows = rows.concat(visibleRows(entry, entry.areaStart[a], data.areas[a].n, visible));
    });
    return {rows: rows, sites: sites, areas: areas};
  }

  // -- popups and tooltips (fixed markup around escaped fragments)

  function entryHtml(data, r) {
    var S = data.strings, R = data.rows, layer = data.layers[R.l[r]];
    var html = "<article class=\"im-entry\" data-row=\"" + r + "\"><div class=\"im-kind\">" +
      "<span class=\"im-dot\" style=\"background:" + layer.color + "\"></span><bdi>" +
      S[R.t[r]] + "</bdi></div><div class=\"im-meta\"><bdi>" + S[R.pl[r]] + "</bdi>" +
      (NOTE[R.q[r]] || "") + "</div>";
    if (R.de && R.de[r] > R.d[r]) {
      html += "<div class=\"im-meta\">" + data.dates[R.d[r]] + " – " + data.dates[R.de[r]] +
        "</div>";
    }
    if (R.d[r] < 0 && S[R.dt[r]]) {
      html += "<div class=\"im-meta\">Date as written: <bdi>" + S[R.dt[r]] + "</bdi></div>";
    }
    if (S[R.c[r]]) { html += "<div class=\"im-counts\">" + S[R.c[r]] + "</div>"; }
    if (S[R.e[r]]) {
      html += "<blockquote class=\"im-evidence\"><bdi>" + S[R.e[r]] + "</bdi></blockquote>";
    }
    if (S[R.s[r]]) {
      html += "<div class=\"im-source\">Source: <bdi>" + S[R.s[r]] + "</bdi></div>";
    }
    return html + "</article>";
  }

  function dateHeading(data, d) {
    return "<h3 class=\"im-date\">" + (d >= 0 ? data.dates[d] : "Date not stated") + "</h3>";
  }

  function byDate(data, rows) {
    var d = data.rows.d;
    return rows.slice().sort(function (a, b) {
      var da = d[a] < 0 ? Infinity : d[a], db = d[b] < 0 ? Infinity : d[b];
      return da - db || a - b;
    });
  }

  function headHtml(data, found) {
    var n = found.rows.length, S = data.strings, where;
    if (found.sites.length) {
      var places = [];
      found.rows.forEach(function (r) {
        var place = S[data.rows.pl[r]];
        if (places.indexOf(place) < 0) { places.push(place); }
      });
      where = places.slice(0, 3).join("</bdi> · <bdi>") + (places.length > 3 ? " …" : "");
    } else {
      where = found.areas.map(function (a) {
        var area = data.areas[a];
        return "<bdi>" + S[area.pl] + "</bdi> (" + AREA_WORD[area.kind] + ")";
      }).join(" · ");
    }
    return "<div class=\"im-list-head\"><span class=\"im-list-count\">" +
      n.toLocaleString("en") + " incident" + (n === 1 ? "" : "s") + "</span> · " +
      (found.sites.length ? "<bdi>" + where + "</bdi>" : where) + "</div>";
  }

  function popupContent(entry, found) {
    var data = entry.data, rows = byDate(data, found.rows), shown = 0, lastDate = null;
    var root = L.DomUtil.create("div", "im-list");
    root.innerHTML = headHtml(data, found);
    var list = L.DomUtil.create("div", "im-days", root);
    var more = L.DomUtil.create("button", "im-more-button", root);
    more.type = "button";
    function next() {
      var html = "", end = Math.min(rows.length, shown + LIST_STEP);
      for (; shown < end; shown++) {
        var d = data.rows.d[rows[shown]];
        if (d !== lastDate) { html += dateHeading(data, d); lastDate = d; }
        html += entryHtml(data, rows[shown]);
      }
      list.insertAdjacentHTML("beforeend", html);
      var left = rows.length - shown;
      more.textContent = "Show " + Math.min(left, LIST_STEP) + " more (" +
        left.toLocaleString("en") + " not shown)";
      more.style.display = left > 0 ? "" : "none";
    }
    L.DomEvent.on(more, "click", function (e) {
      L.DomEvent.stop(e);
      next();
      entry.popup.update();
    });
    next();
    return root;
  }

  function tooltipHtml(entry, found) {
    var data = entry.data, S = data.strings, R = data.rows, r = found.rows[0];
    if (found.rows.length === 1) {
      return "<bdi>" + S[R.t[r]] + "</bdi> · <bdi>" + S[R.pl[r]] + "</bdi>";
    }
    return headHtml(data, found).replace("im-list-head", "im-tip-head");
  }

  // Controls can cover a popup: the layer list and legend fold while it is open, and the
  // popup pans clear of what stays (title, zoom, slider, folded legend).
  function popupPadding(map) {
    var box = map.getContainer().getBoundingClientRect(), top = 10, bottom = 10;
    map.getContainer().querySelectorAll(".leaflet-control").forEach(function (el) {
      var r = el.getBoundingClientRect();
      if (!r.width) { return; }
      if (el.closest(".leaflet-top")) { top = Math.max(top, r.bottom - box.top + 8); }
      if (el.closest(".leaflet-bottom")) { bottom = Math.max(bottom, box.bottom - r.top + 8); }
    });
    return {top: top, bottom: bottom, height: box.height};
  }

  function openList(entry, latlng, found) {
    var map = entry.map, container = map.getContainer();
    container.classList.add("im-popup-open");
    map.closeTooltip(entry.tooltip);
    var pad = popupPadding(map), popup = entry.popup;
    popup.options.autoPanPaddingTopLeft = L.point(10, pad.top);
    popup.options.autoPanPaddingBottomRight = L.point(10, pad.bottom);
    popup.options.maxHeight = Math.max(120, Math.min(420, pad.height - pad.top - pad.bottom - 60));
    popup.setLatLng(latlng).setContent(popupContent(entry, found)).openOn(map);
  }

  function bindPointer(entry) {
    var map = entry.map, container = map.getContainer();
    map.on("click", function (e) {
      var found = hits(entry, e.layerPoint);
      if (found.rows.length) { openList(entry, e.latlng, found); }
    });
    var queued = false, last = null;
    map.on("mousemove", function (e) {
      last = e;
      if (queued) { return; }
      queued = true;
      // One hit test per frame, however fast the mouse moves.
      L.Util.requestAnimFrame(function () {
        queued = false;
        var found = container.classList.contains("im-popup-open") ? {rows: []} :
          hits(entry, last.layerPoint);
        container.classList.toggle("im-pointer", found.rows.length > 0);
        if (!found.rows.length) { map.closeTooltip(entry.tooltip); return; }
        entry.tooltip.setLatLng(last.latlng).setContent(tooltipHtml(entry, found));
        if (!map.hasLayer(entry.tooltip)) { map.openTooltip(entry.tooltip); }
      });
    });
    map.on("mouseout", function () { map.closeTooltip(entry.tooltip); });
    map.on("popupclose", function () { container.classList.remove("im-popup-open"); });
  }

  // -- controls: title, legend, date filter

  function control(position, className, html) {
    var ctl = L.control({position: position});
    ctl.onAdd = function () {
      var div = L.DomUtil.create("div", className);
      div.innerHTML = html;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    return ctl;
  }

  function swatch(style) {
    var shape = style.shape === "diamond" ?
      "<path d=\"M8 2 L14 8 L8 14 L2 8 Z\"" : "<circle cx=\"8\" cy=\"8\" r=\"6\"";
    return "<svg width=\"16\" height=\"16\" aria-hidden=\"true\">" + shape +
      " fill=\"" + style.color + "\" stroke=\"#fff\"/></svg>";
  }

  var KEY = "<div class=\"im-key\">" +
    "<span><svg width=\"22\" height=\"16\" aria-hidden=\"true\"><circle cx=\"11\" cy=\"8\" " +
    "r=\"5\" fill=\"#777\"/></svg>exact place</span>" +
    "<span><svg width=\"22\" height=\"16\" aria-hidden=\"true\"><circle cx=\"11\" cy=\"8\" " +
    "r=\"7\" fill=\"none\" stroke=\"#777\" stroke-width=\"1.5\"/><circle cx=\"11\" cy=\"8\" " +
    "r=\"4\" fill=\"#777\"/></svg>somewhere in the city</span>" +
    "<span><svg width=\"22\" height=\"16\" aria-hidden=\"true\"><circle cx=\"11\" cy=\"8\" " +
    "r=\"7\" fill=\"none\" stroke=\"#777\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>" +
    "<circle cx=\"11\" cy=\"8\" r=\"4\" fill=\"#777\"/></svg>part of / near a place</span>" +
    "<span><i class=\"im-k-area\"></i>region or country-wide (darker: more)</span>" +
    "<span><i class=\"im-k-count\">3</i>incidents at one spot</span>" +
    "<span>larger marker = more deaths</span></div>";

  function legendHtml(data) {
    if (!data.layers.length) {
      return "<div class=\"im-empty\">No incidents to show</div>";
    }
    var rows = data.layers.map(function (style) {
      return "<li data-count=\"" + style.count + "\">" + swatch(style) +
        "<span class=\"im-label\"><bdi>" + style.label + "</bdi></span>" +
        "<span class=\"im-count\">" + style.count.toLocaleString("en") + "</span>" +
        (style.note ? "<span class=\"im-sub\"><bdi>" + style.note + "</bdi></span>" : "") +
        "</li>";
    });
    return "<button type=\"button\" class=\"im-legend-toggle\" aria-expanded=\"true\">" +
      "Legend</button><div class=\"im-legend-body\"><div class=\"im-legend-title\">" +
      "Incidents by layer</div><ul>" + rows.join("") + "</ul>" + KEY + "</div>";
  }

  function legend(entry) {
    var ctl = control("bottomright", "im-legend", legendHtml(entry.data)).addTo(entry.map);
    var div = ctl.getContainer(), toggle = div.querySelector(".im-legend-toggle");
    if (!toggle) { return; }
    var map = entry.map, folded = map.getSize().x < 640;
    function show(fold) {
      div.classList.toggle("im-collapsed", fold);
      toggle.setAttribute("aria-expanded", String(!fold));
    }
    show(folded);
    L.DomEvent.on(toggle, "click", function () {
      folded = !div.classList.contains("im-collapsed");
      // The legend never covers a popup: opening it closes the popup.
      if (!folded) { map.closePopup(); }
      show(folded);
    });
    map.on("popupopen", function () { show(true); });
    map.on("popupclose", function () { show(folded); });
  }

  function titleHtml(data) {
    return "<div class=\"im-title-main\"><bdi>" + data.title + "</bdi></div>" +
      "<div class=\"im-title-sub\">" + data.subtitle + "</div>";
  }

  function slider(entry) {
    var data = entry.data, last = data.dates.length;
    var html = "<label class=\"im-slider-label\">Showing: <output>all incidents</output>" +
      "</label><input type=\"range\" min=\"0\" max=\"" + last + "\" value=\"" + last +
      "\" step=\"1\" aria-label=\"Show incidents up to date\">" +
      "<label class=\"im-day-only\"><input type=\"checkbox\"> only that day</label>";
    var ctl = control("bottomleft", "im-slider leaflet-bar", html).addTo(entry.map);
    var range = ctl.getContainer().querySelector("input[type=range]");
    var day = ctl.getContainer().querySelector("input[type=checkbox]");
    var output = ctl.getContainer().querySelector("output");
    function update() {
      var upto = Number(range.value), all = upto === last;
      entry.filter = {all: all, upto: upto, dayOnly: day.checked};
      output.innerHTML = all ? "all incidents" :
        (day.checked ? "on " : "up to ") + data.dates[upto];
      entry.map.closePopup();
      refresh(entry);
    }
    range.addEventListener("input", update);
    day.addEventListener("change", update);
  }

  // -- drawing

  function offsets(counts, start) {
    var out = new Array(counts.length), at = start;
    for (var i = 0; i < counts.length; i++) { out[i] = at; at += counts[i]; }
    return out;
  }

  function draw(map, groups, data, options) {
    map.getContainer().classList.add("im-map");
    // The view first, without animation: every layer is then projected once, and no
    // zoom is in progress when the page says it is ready (folium's fit_bounds would run
    // later, animated, and a zoom in progress ignores a reader's or a test's first move).
    if (data.bounds) {
      map.fitBounds(data.bounds, {padding: [30, 30], maxZoom: MAX_ZOOM, animate: false});
    }
    if (options.base) { window.incidentmapBase.drawBase(map, options.base, data); }
    if (options.tiles && options.base) {
      window.incidentmapBase.fallBack(map, options.tiles, options.base);
    }
    map.createPane("imAreas").style.zIndex = 390;
    var siteCount = data.sites.n.length;
    var entry = {map: map, data: data, groups: groups, sites: [], areas: [],
                 filter: {all: true}, on: [], styles: {},
                 siteStart: offsets(data.sites.n, 0),
                 tooltip: L.tooltip({direction: "top", offset: [0, -10],
                                     className: "im-tooltip"}),
                 popup: L.popup({maxWidth: 380, minWidth: 240, className: "im-leaflet-popup",
                                 autoPanPadding: [10, 10]})};
    var points = siteCount ? data.sites.n.reduce(function (a, b) { return a + b; }) : 0;
    entry.areaStart = offsets(data.areas.map(function (a) { return a.n; }), points);
    var areaRenderer = L.canvas({padding: 0.5, pane: "imAreas"});
    var areaLayer = L.layerGroup().addTo(map);
    data.areas.forEach(function (area) {
      var style = {renderer: areaRenderer, interactive: false, weight: 1.2, fill: true};
      var shape = area.shape ?
        L.GeoJSON.geometryToLayer({type: "Feature", geometry: data.shapes[area.shape]}, style) :
        L.circle([area.lat, area.lon], L.extend({radius: 100000}, style));
      entry.areas.push(shape);
      areaLayer.addLayer(shape);
    });
    var renderer = L.canvas({padding: 0.5});
    for (var s = 0; s < siteCount; s++) {
      var marker = new Site([data.sites.lat[s], data.sites.lon[s]],
                            {renderer: renderer, interactive: false, radius: 5});
      marker._imStyle = HIDDEN;
      entry.sites.push(marker);
    }
    refresh(entry);
    L.layerGroup(entry.sites).addTo(map);
    // Layer toggles: the category groups are switches; the drawing follows them.
    map.on("overlayadd overlayremove", function () { map.closePopup(); refresh(entry); });
    if (options.heat) {
      var heat = [];
      for (var h = 0; h < siteCount; h++) {
        heat.push([data.sites.lat[h], data.sites.lon[h], data.sites.n[h]]);
      }
      L.heatLayer(heat, {radius: 18, blur: 15, minOpacity: 0.3}).addTo(options.heat);
    }
    bindPointer(entry);
    control("topleft", "im-title", titleHtml(data)).addTo(map);
    legend(entry);
    if (data.dates.length) { slider(entry); }
    window.incidentmap.maps.push(entry);
    window.incidentmap.ready = true;
  }

  window.incidentmap = {draw: draw, maps: [], ready: false};
})();
