"""Export writes the fact contract exactly; every quote is its stored text."""
import csv
import io
import json

from core.model import CONTRACT_FIELDS, RECORD_FIELDS
from core.store import Store, repository

from conftest import run_cli


def test_every_exported_quote_is_the_stored_text_at_its_offsets(any_seed_db):
    result = run_cli("export", db=any_seed_db, check=True)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) > 30
    with Store(any_seed_db).reader() as session:
        texts = {doc_id: repository.load_document(session, doc_id).text
                 for doc_id in repository.document_ids(session)}
    for record in records:
        assert record["quote"] == texts[record["doc"]][record["start"]:record["end"]]


def test_jsonl_records_hold_only_contract_fields_without_nulls(any_seed_db):
    records = [json.loads(line) for line in
               run_cli("export", db=any_seed_db, check=True).stdout.splitlines()]
    for record in records:
        assert set(record) <= set(RECORD_FIELDS)
        assert None not in record.values()
        assert {"doc", "type", "quote", "start", "end"} <= set(record)
    money = next(r for r in records if r.get("unit") == "money")
    assert money["value"] == 10_000_000_000.0 and money["currency"] == "USD"


def test_csv_export_to_a_file_filtered_by_type(any_seed_db, tmp_path):
    out = tmp_path / "tariffs.csv"
    result = run_cli("export", "--format", "csv", "--type", "tariff", "--out", str(out),
                     db=any_seed_db, check=True)
    assert "wrote 3 facts" in result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert list(rows[0]) == list(RECORD_FIELDS)
    assert list(RECORD_FIELDS[:len(CONTRACT_FIELDS)]) == list(CONTRACT_FIELDS)
    assert {(r["counterpart"], r["value"], r["value_high"]) for r in rows} == {
        ("ALL", "10.0", ""), ("CHN", "60.0", ""), ("CHN", "150.0", "200.0")}


def test_unknown_type_is_a_clear_error(any_seed_db):
    result = run_cli("export", "--type", "tarif", db=any_seed_db)
    assert result.returncode == 1
    assert "unknown type 'tarif'" in result.stderr and "tariff" in result.stderr


def test_stats_counts_documents_and_types(any_seed_db, tmp_path):
    result = run_cli("stats", db=any_seed_db, check=True)
    assert result.stdout.startswith("5 documents, ")
    assert "membership" in result.stdout and "004_d37d1fc85dd3b14e.txt" in result.stdout
    empty = run_cli("stats", db=str(tmp_path / "empty.db"), check=True)
    assert "the store is empty" in empty.stdout
