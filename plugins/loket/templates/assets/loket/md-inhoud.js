/* Loket: open the content tab a link points at (Material does this inline; see md-basis.js). */
(function () {
  "use strict";
  var doel = document.getElementById(location.hash.slice(1));
  if (doel && doel.name) doel.checked = doel.name.indexOf("__tabbed_") === 0;
})();
