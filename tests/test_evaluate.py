from frontwire.evaluate import EvalReport, check_floors, pair_rows, score_row, slices_of

GOLD = {
    "doc_id": "d1", "event_date": "2020-04-28", "time_precision": 1, "event_type": "Battles",
    "sub_event_type": "Armed clash", "actor1": "Islamic State (Syria)", "actor2": "Military Forces of Syria (2000-)",
    "country": "Syria", "admin1": "Deir-ez-Zor", "location": "Al Mayadin", "latitude": 35.0208,
    "longitude": 40.4533, "geo_precision": 1, "fatalities": 3, "dataset": "RPanlilio_acled_global_2020.csv",
}  # fmt: skip


def test_a_perfect_prediction_agrees_on_every_field():
    predicted = dict(GOLD, location="al-Mayadin", admin1="Deir ez Zor")
    assert all(score_row(predicted, GOLD).values())


def test_distance_thresholds():
    predicted = dict(GOLD, latitude=GOLD["latitude"] + 0.2)  # about 22 km north
    scores = score_row(predicted, GOLD)
    assert not scores["within_10km"] and scores["within_50km"]


def test_a_missed_document_scores_nothing():
    assert not any(score_row(None, GOLD).values())


def test_holdout_slice_is_the_late_global_rows():
    assert "holdout" not in slices_of(GOLD)
    assert "holdout" in slices_of(dict(GOLD, event_date="2020-05-01"))


def test_floors_gate():
    report = EvalReport()
    report.add(["all"], {"event_type": True, "fatalities": False})
    report.add(["all"], {"event_type": True, "fatalities": True})
    assert check_floors(report, {"all": {"event_type": 0.9, "fatalities": 0.5}}) == []
    failures = check_floors(report, {"all": {"fatalities": 0.75}})
    assert len(failures) == 1 and "fatalities" in failures[0]


def test_macro_f1_and_confusions():
    report = EvalReport()
    report.subtype_pairs.update({("Attack", "Attack"): 3, ("Grenade", "Attack"): 1})
    assert report.confusions() == [("Grenade", "Attack", 1)]
    assert 0 < report.macro_f1() < 1


def test_a_note_coded_as_two_events_pairs_each_row_with_its_own_event():
    mayadin = dict(GOLD, doc_id="d1")
    bukamal = dict(GOLD, doc_id="d2", location="Al Bukamal", latitude=34.4522, longitude=40.9186)
    predicted = [dict(bukamal), dict(mayadin)]  # the note's events, in another order than the rows
    pairs = pair_rows(predicted, [mayadin, bukamal])
    assert [(p["location"], g["location"]) for p, g in pairs] == [("Al Mayadin", "Al Mayadin"),
                                                                  ("Al Bukamal", "Al Bukamal")]


def test_a_row_the_note_gave_no_event_for_scores_nothing_and_extra_events_are_not_chosen_from():
    mayadin = dict(GOLD, doc_id="d1")
    bukamal = dict(GOLD, doc_id="d2", location="Al Bukamal", latitude=34.4522, longitude=40.9186)
    assert pair_rows([dict(mayadin)], [mayadin, bukamal])[1] == (None, bukamal)
    # One row, two events: only the first counts, even when the second would agree better.
    assert pair_rows([dict(bukamal), dict(mayadin)], [mayadin])[0][0]["location"] == "Al Bukamal"
