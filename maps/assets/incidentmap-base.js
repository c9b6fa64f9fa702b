/* incidentmap base map: hatching for areas, place labels from embedded data, and the
 * fall-back from web tiles to the offline base when tiles cannot load.
 *
 * Label names are plain text drawn with canvas fillText only; they never reach the DOM.
 */
(function () {
  "use strict";

  // Hatching says "somewhere in this area" (honest precision). A light fill whose
  // opacity follows the count is drawn over it, then the outline.
  var fillStroke = L.Canvas.prototype._fillStroke;
  L.Canvas.include({
    _fillStroke: function (ctx, layer) {
      var hatch = layer.options.imHatch;
      if (hatch) {
        ctx.globalAlpha = 1;
        ctx.fillStyle = hatchPattern(ctx, hatch);
        ctx.fill("evenodd");
      }
      fillStroke.call(this, ctx, layer);
    }
  });

  function hatchPattern(ctx, color) {
    ctx._imPatterns = ctx._imPatterns || {};
    if (!ctx._imPatterns[color]) {
      var tile = document.createElement("canvas");
      tile.width = tile.height = 10;
      var g = tile.getContext("2d");
      g.strokeStyle = color;
      g.globalAlpha = 0.45;
      g.lineWidth = 1.1;
      g.beginPath();
      // One diagonal per tile plus the corners, so the lines join across tiles.
      g.moveTo(0, 10); g.lineTo(10, 0);
      g.moveTo(-1, 1); g.lineTo(1, -1);
      g.moveTo(9, 11); g.lineTo(11, 9);
      g.stroke();
      ctx._imPatterns[color] = ctx.createPattern(tile, "repeat");
    }
    return ctx._imPatterns[color];
  }

  // Fonts and the zooms at which each kind of label shows: [font, from, to].
  var KIND = [
    ["600 13px Helvetica Neue, Arial, sans-serif", 2, 6, "#6b6b6b", true],   // country
    ["italic 11px Helvetica Neue, Arial, sans-serif", 5, 8, "#8a8a8a", true], // admin1
    ["12px Helvetica Neue, Arial, sans-serif", 0, 30, "#333333", false]       // city
  ];

  var Labels = L.Layer.extend({
    initialize: function (labels) { this._labels = labels; },

    onAdd: function (map) {
      var pane = map.getPane("imLabels");
      if (!pane) {
        pane = map.createPane("imLabels");
        pane.style.zIndex = 350;  // over tiles and outlines, under incidents
        pane.style.pointerEvents = "none";
      }
      this._canvas = L.DomUtil.create("canvas", "im-labels leaflet-zoom-hide", pane);
      map.on("moveend zoomend resize viewreset", this._draw, this);
      this._draw();
    },

    onRemove: function (map) {
      map.off("moveend zoomend resize viewreset", this._draw, this);
      L.DomUtil.remove(this._canvas);
    },

    _draw: function () {
      var map = this._map, size = map.getSize(), canvas = this._canvas;
      var ratio = window.devicePixelRatio || 1, data = this._labels, zoom = map.getZoom();
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      canvas.width = size.x * ratio;
      canvas.height = size.y * ratio;
      canvas.style.width = size.x + "px";
      canvas.style.height = size.y + "px";
      var ctx = canvas.getContext("2d"), placed = [];
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.lineJoin = "round";
      for (var i = 0; i < data.n.length; i++) {
        var kind = KIND[data.k[i]];
        if (zoom < Math.max(data.z[i], kind[1]) || zoom > kind[2]) { continue; }
        var p = map.latLngToContainerPoint([data.lat[i], data.lon[i]]);
        if (p.x < -80 || p.y < -20 || p.x > size.x + 80 || p.y > size.y + 20) { continue; }
        ctx.font = kind[0];
        var width = ctx.measureText(data.n[i]).width, centred = kind[4];
        var x = centred ? p.x - width / 2 : p.x + 5, y = p.y;
        var box = [x - 2, y - 8, x + width + 2, y + 8];
        if (overlaps(placed, box)) { continue; }
        placed.push(box);
        ctx.textBaseline = "middle";
        ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
        ctx.lineWidth = 3;
        ctx.strokeText(data.n[i], x, y);
        ctx.fillStyle = kind[3];
        ctx.fillText(data.n[i], x, y);
        if (!centred) {
          ctx.beginPath();
          ctx.arc(p.x, p.y, 2, 0, 2 * Math.PI);
          ctx.fill();
        }
      }
    }
  });

  function overlaps(boxes, b) {
    for (var i = 0; i < boxes.length; i++) {
      var a = boxes[i];
      if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) { return true; }
    }
    return false;
  }

  function drawBase(map, group, data) {
    map.createPane("imBase").style.zIndex = 150;
    var renderer = L.canvas({padding: 0.5, pane: "imBase"});
    var style = {renderer: renderer, interactive: false, color: "#a9a9a9", weight: 0.6,
                 fillColor: "#f5f3ee", fillOpacity: 1};
    Object.keys(data.shapes).forEach(function (key) {
      // Two-letter keys are countries; others are polygons from the input data.
      if (key.length === 2) {
        L.GeoJSON.geometryToLayer({type: "Feature", geometry: data.shapes[key]}, style)
          .addTo(group);
      }
    });
    if (data.labels && data.labels.n.length) { new Labels(data.labels).addTo(group); }
  }

  // Web tiles are the default where a network is reachable. If the first tiles fail
  // (no network, a blocked server), switch to the base drawn from embedded data.
  function fallBack(map, tiles, base) {
    var loaded = false, failed = 0;
    tiles.on("tileload", function () { loaded = true; });
    tiles.on("tileerror", function () {
      failed += 1;
      if (loaded || failed < 2 || !map.hasLayer(tiles)) { return; }
      map.removeLayer(tiles);
      map.addLayer(base);
      map.attributionControl.addAttribution(
        "map tiles could not load: showing the offline base map");
      map.getContainer().classList.add("im-tiles-failed");
    });
  }

  window.incidentmapBase = {drawBase: drawBase, fallBack: fallBack, Labels: Labels};
})();
