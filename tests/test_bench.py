from datetime import date

from frontwire.bench import run_bench
from frontwire.model import Document

REPORT = Document(
    id="bench-1",
    text=(
        "On Monday, unknown gunmen attacked a checkpoint near Kunduz city, killing three policemen. "
        "Separately, a roadside bomb struck a military vehicle in Helmand province, wounding two soldiers."
    ),
    published=date(2020, 5, 5),
)


def test_bench_counts_documents_words_and_events() -> None:
    result = run_bench([REPORT], repeat=2)
    assert result.documents == 2
    assert result.words == 2 * len(REPORT.text.split())
    assert result.events >= 2
    assert result.docs_per_second > 0
    assert result.geoparse_ms_per_1000_words > 0
    assert result.stage_shares == {}


def test_bench_stage_shares_name_the_pipeline_stages() -> None:
    result = run_bench([REPORT], stages=True)
    assert result.stage_shares["geoparse"] > 0
    assert result.stage_shares["classify"] > 0
    assert 0.5 < sum(result.stage_shares.values()) <= 1.0
    assert "time by stage (profiled): " in result.format_text()


def test_bench_of_no_documents_reports_zero_rates() -> None:
    result = run_bench([], stages=True)
    assert result.docs_per_second == 0.0
    assert result.geoparse_ms_per_1000_words == 0.0
