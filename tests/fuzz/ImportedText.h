#pragma once

#include <QString>
#include <cstddef>
#include <cstdint>

namespace newsroom::test {

// The fuzz input as the importer reads a file of that name: the bytes are written to a
// scratch file (in /dev/shm when there is one, removed once read) and read back with
// ArticleImporter::readText, so its decoding (UTF-8, UTF-16 by byte-order mark, else
// Latin-1; NUL bytes dropped) is the real one. `fileName` picks nothing here; it only names the scratch file.
QString importedText(const uint8_t *data, size_t size, const QString &fileName);

} // namespace newsroom::test
