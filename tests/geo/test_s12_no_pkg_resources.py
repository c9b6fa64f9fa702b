"""Russian text parses where setuptools no longer ships ``pkg_resources`` (setuptools 82
and later, Python 3.12 venvs without setuptools): natasha imports pymorphy2, which finds
its dictionaries through ``pkg_resources``; the parser must never reach that path."""

import subprocess
import sys

BLOCKED = """
import sys

class NoPkgResources:
    def find_spec(self, name, path=None, target=None):
        if name == "pkg_resources" or name.startswith("pkg_resources."):
            raise ModuleNotFoundError("No module named 'pkg_resources'")

sys.meta_path.insert(0, NoPkgResources())
import geo
mentions = geo.parse(geo.Document("Митинг прошёл в Новосибирске в субботу.",
                                  language="ru")).mentions
print([m.place.name for m in mentions if m.place])
"""


def test_russian_parses_without_pkg_resources(gazetteer):
    result = subprocess.run([sys.executable, "-c", BLOCKED], capture_output=True,
                            text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Novosibirsk" in result.stdout
