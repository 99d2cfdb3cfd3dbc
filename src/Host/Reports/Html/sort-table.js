// Sorts a report table by the column whose header is clicked (again: the other way round). Written here rather than
// taken from a chart or table library: the report is one file opened from disk, with no server and no network (no
// CDN), and these few lines are all the interaction it needs. A cell's data-sort holds its exact value; numbers
// compare as numbers, empty cells go last either way.
document.querySelectorAll('table.sortable').forEach(function (table) {
  var headers = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(headers, function (header, column) {
    header.addEventListener('click', function () {
      var ascending = header.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var keyOf = function (row) {
        var cell = row.cells[column];
        var text = cell ? (cell.getAttribute('data-sort') || cell.textContent).trim() : '';
        var number = Number(text);
        return { empty: text === '', number: text !== '' && !isNaN(number), value: text !== '' && !isNaN(number) ? number : text };
      };
      var rows = Array.prototype.slice.call(body.rows).map(function (row) { return { row: row, key: keyOf(row) }; });
      rows.sort(function (a, b) {
        if (a.key.empty || b.key.empty) return a.key.empty - b.key.empty;
        var order = a.key.number && b.key.number ? a.key.value - b.key.value : String(a.key.value).localeCompare(String(b.key.value));
        return ascending ? order : -order;
      });
      rows.forEach(function (entry) { body.appendChild(entry.row); });
    });
  });
});
