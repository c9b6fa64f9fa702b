/* incidentmap: draws incident layers from the JSON blob written by maps/layers.py.
 *
 * Safety contract: every string in the blob (strings, labels, dates, title) is an HTML
 * fragment already escaped by maps/escape.py; this script only concatenates them with
 * fixed markup. Nothing here evaluates data.
 * Speed: markers are canvas circle markers; popups and tooltips are bound lazily on the
 * first click / hover, through one listener per layer, so 100,000 incidents stay cheap.
 */
(function () {
  "use strict";

  var Diamond = L.CircleMarker.extend({
    _updatePath: function () { this._renderer._updateDiamond(this); }
  });
  L.Canvas.include({
    _updateDiamond: function (layer) {
      if (!this._drawing || layer._empty()) { return; }
      var p = layer._point, ctx = this._ctx, r = Math.max(Math.round(layer._radius), 1);
      ctx.beginPath();
      ctx.moveTo(p.x, p.y - r); ctx.lineTo(p.x + r, p.y);
      ctx.lineTo(p.x, p.y + r); ctx.lineTo(p.x - r, p.y);
      ctx.closePath();
      this._fillStroke(ctx, layer);
    }
  });

  var PLACE_NOTE = {2: " <span class=\"im-note\">(part of / near)</span>",
                    3: " <span class=\"im-note\">(area-wide)</span>"};
  var AREA_LIST_LIMIT = 5;

  function radius(fatalities) {
    return 5 + Math.min(14, 2.5 * Math.sqrt(fatalities));
  }

  function popupHtml(data, layer, i) {
    var S = data.strings, L_ = data.layers[layer];
    var date = S[L_.dt[i]] || "Date not stated";
    var html = "<div class=\"im-popup\"><div class=\"im-kind\">" +
      "<span class=\"im-dot\" style=\"background:" + L_.color + "\"></span><bdi>" +
      S[L_.t[i]] + "</bdi></div><div class=\"im-meta\"><bdi>" + date + "</bdi> · <bdi>" +
      S[L_.pl[i]] + "</bdi>" + (PLACE_NOTE[L_.p[i]] || "") + "</div>";
    if (S[L_.c[i]]) { html += "<div class=\"im-counts\">" + S[L_.c[i]] + "</div>"; }
    if (S[L_.e[i]]) {
      html += "<blockquote class=\"im-evidence\"><bdi>" + S[L_.e[i]] + "</bdi></blockquote>";
    }
    if (S[L_.s[i]]) {
      html += "<div class=\"im-source\">Source: <bdi>" + S[L_.s[i]] + "</bdi></div>";
    }
    return html + "</div>";
  }

  function tooltipHtml(data, layer, i) {
    var S = data.strings, L_ = data.layers[layer];
    return "<bdi>" + S[L_.t[i]] + "</bdi> · <bdi>" + S[L_.pl[i]] + "</bdi>";
  }

  function areaPopupHtml(data, area) {
    var parts = area.m.slice(0, AREA_LIST_LIMIT).map(function (i) {
      return popupHtml(data, area.layer, i);
    });
    var more = area.m.length - AREA_LIST_LIMIT;
    if (more > 0) { parts.push("<div class=\"im-more\">and " + more + " more</div>"); }
    return "<div class=\"im-area-popup\">" + parts.join("") + "</div>";
  }

  function areaTooltipHtml(data, area) {
    var first = tooltipHtml(data, area.layer, area.m[0]);
    return area.m.length > 1 ? first + " (" + area.m.length + " incidents)" : first;
  }

  // One listener per layer: bind the popup/tooltip on first use, then Leaflet's own
  // handlers take over for that marker. Markers carry only their row number (or area),
  // not closures: 100,000 closures cost a second at load.
  function lazyBind(group, data, index) {
    group.on("click", function (e) {
      var item = e.layer;
      if (!item.getPopup()) {
        var html = item._imArea ? areaPopupHtml(data, item._imArea) :
          popupHtml(data, index, item._imRow);
        item.bindPopup(html, {maxWidth: 360, className: "im-leaflet-popup"});
        item.openPopup(e.latlng);
      }
    });
    group.on("mouseover", function (e) {
      var item = e.layer;
      if (!item.getTooltip()) {
        var html = item._imArea ? areaTooltipHtml(data, item._imArea) :
          tooltipHtml(data, index, item._imRow);
        item.bindTooltip(html, {direction: "top", sticky: false});
        item.openTooltip(e.latlng);
      }
    });
  }

  function pointMarker(data, layer, i, renderer) {
    var style = data.layers[layer], approx = style.p[i] === 2;
    var options = {
      renderer: renderer, radius: radius(style.f[i]) + (approx ? 3 : 0) +
        (style.shape === "diamond" ? 2 : 0),
      color: approx ? style.color : "#ffffff", weight: approx ? 1.5 : 1,
      dashArray: approx ? "3 3" : null, fillColor: style.color,
      fillOpacity: approx ? 0.3 : 0.85
    };
    var marker = style.shape === "diamond" ?
      new Diamond([style.lat[i], style.lon[i]], options) :
      L.circleMarker([style.lat[i], style.lon[i]], options);
    marker._imRow = i;
    marker._imDate = style.d[i];
    return marker;
  }

  function outline(geometry, style) {
    return L.GeoJSON.geometryToLayer({type: "Feature", geometry: geometry}, style);
  }

  function areaShape(data, area, renderer) {
    var color = data.layers[area.layer].color;
    // Light fill: several layers often shade the same country, and the shades add up.
    var style = {renderer: renderer, color: color, weight: 1.2, opacity: 0.9,
                 dashArray: "6 4", fillColor: color, fillOpacity: 0.1};
    // geometryToLayer gives one polygon (not a group), so click events name it directly.
    var shape = area.shape ? outline(data.shapes[area.shape], style) :
      L.circle([area.lat, area.lon], L.extend({radius: 100000}, style));
    shape._imArea = area;
    // Shown from the first dated member on; an area of undated incidents only with "all".
    shape._imDate = area.m.reduce(function (first, i) {
      var d = data.layers[area.layer].d[i];
      return d >= 0 && d < first ? d : first;
    }, Infinity);
    return shape;
  }

  function swatch(style) {
    var shape = style.shape === "diamond" ?
      "<path d=\"M8 2 L14 8 L8 14 L2 8 Z\"" :
      "<circle cx=\"8\" cy=\"8\" r=\"6\"";
    return "<svg width=\"16\" height=\"16\" aria-hidden=\"true\">" + shape +
      " fill=\"" + style.color + "\" stroke=\"#fff\"/></svg>";
  }

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
    return "<div class=\"im-legend-title\">Incidents by layer</div><ul>" + rows.join("") +
      "</ul><div class=\"im-key\"><span><i class=\"im-k-exact\"></i>exact place</span>" +
      "<span><i class=\"im-k-approx\"></i>part of / near a place</span>" +
      "<span><i class=\"im-k-area\"></i>region or country-wide</span>" +
      "<span>larger marker = more deaths</span></div>";
  }

  function titleHtml(data) {
    return "<div class=\"im-title-main\"><bdi>" + data.title + "</bdi></div>" +
      "<div class=\"im-title-sub\">" + data.subtitle + "</div>";
  }

  function slider(map, data, layers) {
    var last = data.dates.length;
    var html = "<label class=\"im-slider-label\">Showing: <output>all incidents</output>" +
      "</label><input type=\"range\" min=\"0\" max=\"" + last + "\" value=\"" + last +
      "\" step=\"1\" aria-label=\"Show incidents up to date\">";
    var ctl = control("bottomleft", "im-slider leaflet-bar", html);
    ctl.addTo(map);
    var input = ctl.getContainer().querySelector("input");
    var output = ctl.getContainer().querySelector("output");
    input.addEventListener("input", function () {
      var upto = Number(input.value), all = upto === last;
      output.innerHTML = all ? "all incidents" : "up to " + data.dates[upto];
      layers.forEach(function (entry) {
        entry.visible.clearLayers();
        entry.items.forEach(function (item) {
          if (all || (item._imDate >= 0 && item._imDate <= upto)) {
            entry.visible.addLayer(item);
          }
        });
      });
    });
  }

  function draw(map, groups, data, options) {
    map.getContainer().classList.add("im-map");
    map.createPane("imAreas").style.zIndex = 390;
    map.createPane("imBase").style.zIndex = 150;
    var pointRenderer = L.canvas({padding: 0.5});
    var areaRenderer = L.canvas({padding: 0.5, pane: "imAreas"});
    if (options.base) {
      var baseRenderer = L.canvas({padding: 0.5, pane: "imBase"});
      var baseStyle = {renderer: baseRenderer, interactive: false, color: "#a9a9a9",
                       weight: 0.6, fillColor: "#f5f3ee", fillOpacity: 1};
      Object.keys(data.shapes).forEach(function (key) {
        // Two-letter keys are countries; others are polygons from the input data.
        if (key.length === 2) { outline(data.shapes[key], baseStyle).addTo(options.base); }
      });
    }
    var layers = data.layers.map(function (style, layer) {
      var items = [];
      data.areas.forEach(function (area) {
        if (area.layer === layer) { items.push(areaShape(data, area, areaRenderer)); }
      });
      for (var i = 0; i < style.lat.length; i++) {
        if (style.a[i] < 0) { items.push(pointMarker(data, layer, i, pointRenderer)); }
      }
      var visible = L.featureGroup(items).addTo(groups[layer]);
      lazyBind(visible, data, layer);
      return {visible: visible, items: items};
    });
    if (options.heat) {
      var points = [];
      data.layers.forEach(function (style) {
        for (var i = 0; i < style.lat.length; i++) { points.push([style.lat[i], style.lon[i]]); }
      });
      L.heatLayer(points, {radius: 18, blur: 15, minOpacity: 0.3}).addTo(options.heat);
    }
    control("topleft", "im-title", titleHtml(data)).addTo(map);
    control("bottomright", "im-legend", legendHtml(data)).addTo(map);
    if (data.dates.length) { slider(map, data, layers); }
    window.incidentmap.maps.push({map: map, layers: layers, data: data});
    window.incidentmap.ready = true;
  }

  window.incidentmap = {draw: draw, maps: [], ready: false};
})();
