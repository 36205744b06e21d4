// Jest (CommonJS) cannot load office-addin-manifest@3: its dependency chain reaches the ESM-only strip-bom@5.
// office-addin-mock only needs the OfficeApp enum, so jest maps the package to this stub (see jest.config.js).
// The real package is exercised by addin/scripts/validate-manifest.mjs under plain Node.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
