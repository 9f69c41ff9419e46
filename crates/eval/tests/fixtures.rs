//! Scores the fixtures under tests/fixtures (gold/ and pred/) and checks the figures and
//! notes score.py gives for them (recorded from `score.py gold --pred pred -v`).

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use sitrep_eval::{Figure, Scorer, filter_kinds, find_gold, parse_kinds, score_pred_dir};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn figure(report: &sitrep_eval::Report, key: &str) -> String {
    report
        .get(key)
        .unwrap_or_else(|| panic!("no {key}"))
        .to_string()
}

#[test]
fn gold_files_are_found_and_sorted_like_pathlib() {
    let golds = find_gold(&[fixtures().join("gold")]).unwrap();
    let names: Vec<&str> = golds.iter().map(|g| g.name.as_str()).collect();
    // "2023" < "2023-extra" component-wise, although "2023-" < "2023/" as strings.
    assert_eq!(
        names,
        [
            "d-bad",
            "e-kharkiv",
            "a-zaporizhzhia",
            "b-talks",
            "c-missing"
        ]
    );
    assert_eq!(golds[0].txt, fixtures().join("gold/2023/d-bad.txt"));
    assert!(golds.iter().all(|g| g.txt.exists()));
    assert_eq!(golds[2].gold["published"], json!("2023-03-10"));

    // A file path is taken as is.
    let one = find_gold(&[fixtures().join("gold/b-talks.gold.json")]).unwrap();
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].name, "b-talks");

    let err = find_gold(&[fixtures().join("gold/nope.gold.json")]).unwrap_err();
    assert!(err.to_string().contains("nope.gold.json"), "{err}");
    let err = find_gold(&[fixtures().join("pred/d-bad.jsonl")]).unwrap_err();
    assert!(err.to_string().contains("d-bad.jsonl"), "{err}");
}

#[test]
fn whole_fixture_set() {
    let golds = find_gold(&[fixtures().join("gold")]).unwrap();
    let report = score_pred_dir(&golds, &fixtures().join("pred"), None).report();
    let table = "\
files                    5
failed_runs              2
events_gold              15
events_pred              15
event_precision          0.7333
event_recall             0.7333
event_f1                 0.7333
count_acc                1.0
count_n                  1
end_acc                  0.5
end_n                    2
injured_acc              1.0
injured_n                4
intercepted_acc          1.0
intercepted_n            1
killed_acc               0.8571
killed_n                 7
munitions_acc            0.5
munitions_n              2
part_of_acc              0.8571
part_of_n                7
scope_acc                0.8571
scope_n                  7
source_acc               1.0
source_n                 3
start_acc                1.0
start_n                  2
within_10km_acc          0.5
within_10km_n            2
weapons_f1               0.9231
targets_f1               0.8333
participants_f1          1.0
totals_acc               0.8333
";
    assert_eq!(report.to_table(), table);
    assert_eq!(report.get("files"), Some(Figure::Int(5)));
    assert_eq!(report.get("killed_acc"), Some(Figure::Float(0.8571)));
    assert!(
        report
            .to_json_string()
            .starts_with(r#"{"files": 5, "failed_runs": 2, "events_gold": 15,"#)
    );
    assert_eq!(report.to_json()["totals_acc"], json!(0.8333));

    let notes = [
        "FAILED d-bad: output is not JSON lines",
        "FAILED c-missing: no prediction file",
        "d-bad: missed statement Andriy Yermak",
        // Chuhuiv and Chuhuyiv agree equally: the earlier prediction wins.
        "e-kharkiv: spurious attack Nobody Else",
        "e-kharkiv: attack Kharkiv: targets want ['apartment_building'] got ['apartment_building', 'residential']",
        "a-zaporizhzhia: missed attack Stepnohirsk",
        // score.py shows a non-object source rather than the place of a spurious event.
        "a-zaporizhzhia: spurious attack Ivan Fedorov",
        "a-zaporizhzhia: spurious clash None",
        // Gold null, predicted 12.
        "a-zaporizhzhia: attack Zaporizhzhia Oblast: wrong munitions",
        "a-zaporizhzhia: attack Zaporizhzhia Oblast: wrong killed",
        "a-zaporizhzhia: attack Zaporizhzhia Oblast: weapons want ['artillery', 'drone', 'mortar'] got ['artillery', 'drone']",
        "a-zaporizhzhia: attack Zaporizhzhia Oblast: targets want ['commercial', 'house'] got ['commercial', 'house', 'résidentiel\\xa0']",
        "a-zaporizhzhia: attack Orikhiv: wrong part_of",
        "a-zaporizhzhia: attack Orikhiv: wrong within_10km",
        // The area event's null killed is replaced by its children's 1 + 0.
        "a-zaporizhzhia: total killed want 2 got 1",
        // Same name, wrong country: one missed and one spurious.
        "b-talks: missed meeting Warsaw",
        "b-talks: spurious meeting Warsaw",
        "b-talks: meeting Ankara: wrong end",
        "b-talks: clash Bakhmut: wrong scope",
        "c-missing: missed attack Dnipro",
    ];
    assert_eq!(report.notes(), notes);
}

#[test]
fn kinds_attack() {
    let golds = find_gold(&[fixtures().join("gold")]).unwrap();
    let kinds = parse_kinds("attack");
    let report = score_pred_dir(&golds, &fixtures().join("pred"), Some(&kinds)).report();
    assert_eq!(figure(&report, "events_gold"), "8");
    assert_eq!(figure(&report, "events_pred"), "8");
    assert_eq!(figure(&report, "event_f1"), "0.75");
    assert_eq!(figure(&report, "part_of_acc"), "0.8333");
    assert_eq!(figure(&report, "part_of_n"), "6");
    assert_eq!(figure(&report, "totals_acc"), "0.6667");
    assert!(report.get("participants_f1").is_none());
    assert!(
        report
            .notes()
            .contains(&"b-talks: total injured want 3 got None".to_string())
    );
}

#[test]
fn kinds_without_violence_drop_totals() {
    let golds = find_gold(&[fixtures().join("gold")]).unwrap();
    let kinds = parse_kinds("statement,meeting");
    let report = score_pred_dir(&golds, &fixtures().join("pred"), Some(&kinds)).report();
    let keys: Vec<&str> = report.entries().iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "files",
            "failed_runs",
            "events_gold",
            "events_pred",
            "event_precision",
            "event_recall",
            "event_f1",
            "end_acc",
            "end_n",
            "start_acc",
            "start_n",
            "participants_f1"
        ]
    );
    assert_eq!(figure(&report, "event_recall"), "0.6");
    assert_eq!(figure(&report, "event_f1"), "0.6667");
}

#[test]
fn kinds_renumber_part_of() {
    let golds = find_gold(&[fixtures().join("gold/2023-extra")]).unwrap();
    let gold = &golds[0].gold;
    let preds = vec![
        json!({"kind": "clash"}),
        json!({"kind": "statement"}),
        json!("x"),
    ];

    let (g, p) = filter_kinds(gold, preds.clone(), &parse_kinds("attack"));
    let parts: Vec<&Value> = g["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["part_of"])
        .collect();
    assert_eq!(parts, [&json!(null), &json!(0), &json!(0)]);
    assert!(p.is_empty());
    assert_eq!(g["totals"], gold["totals"]);

    // The clash's parent (an attack) is dropped: its part_of becomes null.
    let (g, p) = filter_kinds(gold, preds.clone(), &parse_kinds("clash"));
    assert_eq!(
        g["events"],
        json!([{"kind": "clash", "place": "Kupiansk", "admin1": "Kharkiv Oblast", "killed": null, "part_of": null}])
    );
    assert_eq!(p, [json!({"kind": "clash"})]);

    let (g, _) = filter_kinds(gold, preds, &parse_kinds("statement"));
    assert!(g.get("totals").is_none());
    assert_eq!(g["published"], json!("2023-10-05"));
}

#[test]
fn kharkiv_file_with_nested_totals() {
    let golds = find_gold(&[fixtures().join("gold/2023-extra/e-kharkiv.gold.json")]).unwrap();
    let report = score_pred_dir(&golds, &fixtures().join("pred"), None).report();
    // killed: area null -> children 3; injured: area null -> children 2.0 == 2.
    assert_eq!(figure(&report, "totals_acc"), "1.0");
    assert_eq!(figure(&report, "part_of_acc"), "1.0");
    assert_eq!(figure(&report, "intercepted_acc"), "1.0");
    assert_eq!(figure(&report, "source_acc"), "1.0");
    assert_eq!(figure(&report, "events_gold"), "5");
    assert_eq!(figure(&report, "events_pred"), "6");
}

/// Small inline cases, one rule each.
mod rules {
    use super::*;

    fn score(gold: Value, preds: Vec<Value>) -> sitrep_eval::Report {
        let mut s = Scorer::new();
        s.score_file("t", &gold, &preds);
        s.report()
    }

    #[test]
    fn statements_match_by_surname_only() {
        let gold = json!({"events": [{"kind": "statement", "source": "Vitaliy Kim", "place": "Mykolaiv"}]});
        let r = score(
            gold.clone(),
            vec![json!({"kind": "statement", "source": {"name": "Vitalii Kim"}, "place": "Odesa"})],
        );
        assert_eq!(r.get("event_f1"), Some(Figure::Float(1.0)));
        let r = score(
            gold,
            vec![json!({"kind": "statement", "source": "Vitaliy Klitschko", "place": "Mykolaiv"})],
        );
        assert_eq!(r.get("event_f1"), Some(Figure::Float(0.0)));
        assert_eq!(
            r.notes(),
            [
                "t: missed statement Mykolaiv",
                "t: spurious statement Vitaliy Klitschko"
            ]
        );
        // A gold statement without a source never matches.
        let r = score(
            json!({"events": [{"kind": "statement"}]}),
            vec![json!({"kind": "statement"})],
        );
        assert_eq!(r.get("events_gold"), Some(Figure::Int(1)));
        assert_eq!(r.get("event_recall"), Some(Figure::Float(0.0)));
    }

    #[test]
    fn admin1_then_country_then_name() {
        let gold = json!({"events": [
            {"kind": "attack", "place": "Kupiansk", "admin1": "Kharkiv Oblast"},
            {"kind": "meeting", "place": "Vilnius", "country": "LT"},
            {"kind": "attack", "place": "Kupiansk"}
        ]});
        let preds = vec![
            json!({"kind": "attack", "place": {"name": "Kupyansk", "admin1": "Donetsk Oblast"}}),
            json!({"kind": "attack", "place": {"name": "Kupiansk city", "admin1": "Kharkiv region"}}),
            json!({"kind": "meeting", "place": {"name": "Vilnius", "country": "lt"}}),
        ];
        let r = score(gold, preds);
        // The first prediction has the wrong oblast for gold 0 but fits gold 2 (no admin1).
        assert_eq!(r.get("events_gold"), Some(Figure::Int(3)));
        assert_eq!(r.get("event_f1"), Some(Figure::Float(1.0)));
    }

    #[test]
    fn numbers_compare_like_python() {
        let gold = json!({"events": [{"kind": "attack", "place": "Sumy", "count": 3, "killed": null, "injured": null, "munitions": 1}]});
        let r = score(
            gold,
            vec![
                json!({"kind": "attack", "place": "Sumy", "count": 3.0, "killed": 0, "munitions": true}),
            ],
        );
        assert_eq!(r.get("count_acc"), Some(Figure::Float(1.0)));
        assert_eq!(r.get("killed_acc"), Some(Figure::Float(0.0)));
        assert_eq!(r.get("injured_acc"), Some(Figure::Float(1.0)));
        assert_eq!(r.get("munitions_acc"), Some(Figure::Float(1.0)));
        assert_eq!(r.notes(), ["t: attack Sumy: wrong killed"]);
    }

    #[test]
    fn part_of_points_at_matched_parent() {
        let gold = json!({"events": [
            {"kind": "attack", "place": "Sumy Oblast", "part_of": null},
            {"kind": "attack", "place": "Shostka", "part_of": 0},
            {"kind": "attack", "place": "Okhtyrka", "part_of": 0},
            {"kind": "attack", "place": "Konotop", "part_of": 3},
        ]});
        let preds = vec![
            json!({"id": "s", "kind": "attack", "place": "Sumy region"}),
            json!({"id": "a", "kind": "attack", "place": "Shostka", "part_of": "s"}),
            json!({"id": "b", "kind": "attack", "place": "Okhtyrka", "part_of": null}),
            json!({"id": "c", "kind": "attack", "place": "Konotop", "part_of": null}),
        ];
        let r = score(gold, preds);
        // Gold 3 names itself as parent and so points at "c": a null part_of is wrong.
        assert_eq!(r.get("part_of_acc"), Some(Figure::Float(0.5)));
        assert_eq!(
            r.notes(),
            [
                "t: attack Okhtyrka: wrong part_of",
                "t: attack Konotop: wrong part_of"
            ]
        );
    }

    #[test]
    fn within_ten_km() {
        let gold = json!({"events": [
            {"kind": "attack", "place": "Nikopol", "lat": 47.5667, "lon": 34.4},
            {"kind": "attack", "place": "Marhanets", "lat": 47.6333, "lon": 34.6167},
            {"kind": "attack", "place": "Pokrov", "lat": 47.65, "lon": 34.1167},
        ]});
        let preds = vec![
            json!({"kind": "attack", "place": {"name": "Nikopol", "lat": 47.6, "lon": 34.45}}),
            json!({"kind": "attack", "place": {"name": "Marhanets", "lat": 47.5, "lon": 34.6167}}),
            json!({"kind": "attack", "place": {"name": "Pokrov", "lat": null, "lon": 34.1}}),
        ];
        let r = score(gold, preds);
        assert_eq!(r.get("within_10km_n"), Some(Figure::Int(3)));
        assert_eq!(r.get("within_10km_acc"), Some(Figure::Float(0.3333)));
    }

    #[test]
    fn set_f1_is_micro() {
        let gold = json!({"events": [
            {"kind": "attack", "place": "Kherson", "weapons": ["artillery", "mlrs"], "targets": []},
            {"kind": "meeting", "place": "Kyiv", "participants": [{"name": "Olaf Scholz"}, "Volodymyr Zelensky"]},
        ]});
        let preds = vec![
            json!({"kind": "attack", "place": "Kherson", "weapons": ["artillery", "drone"], "targets": null}),
            json!({"kind": "meeting", "place": "Kyiv", "participants": [{"name": "Zelenskyy"}, {"name": "Scholz"}]}),
        ];
        let r = score(gold, preds);
        // weapons tp 1, fp 1, fn 1; targets empty on both sides (no entry); participants 2/2.
        assert_eq!(r.get("weapons_f1"), Some(Figure::Float(0.5)));
        assert_eq!(r.get("targets_f1"), None);
        assert_eq!(r.get("participants_f1"), Some(Figure::Float(1.0)));
    }

    #[test]
    fn totals_never_count_twice() {
        let gold = json!({"events": [], "totals": {"killed": 5, "injured": 4}});
        let preds = vec![
            json!({"id": "o", "kind": "attack", "killed": 5, "injured": null}),
            json!({"id": "i1", "kind": "attack", "part_of": "o", "killed": 5, "injured": 3}),
            json!({"id": "i2", "kind": "clash", "part_of": "o", "injured": 1}),
            json!({"id": "m", "kind": "meeting", "injured": 9}),
        ];
        let r = score(gold, preds);
        assert_eq!(r.get("totals_acc"), Some(Figure::Float(1.0)));
        assert_eq!(r.get("event_precision"), Some(Figure::Float(0.0)));
        assert_eq!(r.notes().len(), 4);
    }

    #[test]
    fn failed_runs_come_first_in_notes() {
        let mut s = Scorer::new();
        s.score_file(
            "x",
            &json!({"events": [{"kind": "attack", "place": "Kramatorsk"}]}),
            &[],
        );
        s.add_failed("x", "timeout");
        let r = s.report();
        assert_eq!(
            r.notes(),
            ["FAILED x: timeout", "x: missed attack Kramatorsk"]
        );
        assert_eq!(r.get("failed_runs"), Some(Figure::Int(1)));
        assert_eq!(
            r.to_json_string(),
            r#"{"files": 1, "failed_runs": 1, "events_gold": 1, "events_pred": 0, "event_precision": 0.0, "event_recall": 0.0, "event_f1": 0.0}"#
        );
    }
}
