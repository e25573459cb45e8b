"""Copyright lines read into statement, holder and year."""

import pytest

from convert.readers.capture.rights import rights_of


@pytest.mark.parametrize("text, holder, year", [
    ("Copyright 2021 The Associated Press. All rights reserved. This material may not be published.",
     "The Associated Press", 2021),
    ("© 2005–2024 Acme Media, Inc. All rights reserved.", "Acme Media, Inc.", 2024),
    ("(c) Copyright 2020, Daily Planet", "Daily Planet", 2020),
    ("Copyright © 2023 Harbour Gazette All Rights Reserved", "Harbour Gazette", 2023),
    ("All rights reserved.", None, None),
    # "All rights reserved" in another language is no holder; a year after the holder is the year
    ("© RIPRODUZIONE RISERVATA", None, None),
    ("© Valley News 2024 – Alle Rechte vorbehalten", "Valley News", 2024),
    ("© 2024 Le Courrier du Val. Tous droits réservés", "Le Courrier du Val", 2024),
])
def test_rights(text, holder, year):
    assert rights_of(text) == {"statement": text, "holder": holder, "year": year}
