"""Sources: an article as stored, with every extracted fact highlighted in
place (colour by type, the normalised value and review state on hover),
boilerplate dimmed, and the sentence a link points at outlined and scrolled
to; the linked fact can be reviewed there, and a missed fact added from any
sentence."""
import streamlit as st

from core.describe import citation, fact_text, given, type_name
from core.ingest import language
from ui import data, params, review
from ui.navigation import through_app
from ui.render import TYPE_COLOURS, Span, highlight, plain
from ui.widgets import page_label, require_documents

through_app()

st.title("Sources")
documents = require_documents()
ids = list(documents["id"])
titles = {d: t if given(t) else f"title not stated (file {d})"
          for d, t in zip(documents["id"], documents["title"])}

find = st.text_input("Find sentences in all articles", value=params.get_text("find"),
                     key="source_find", placeholder="e.g. host-nation support")
params.put(find=find.strip())
if find.strip():
    found = data.search_sentences(find.strip())
    with st.expander(f"{len(found)} sentence(s) found", expanded=True):
        if found.empty:
            st.caption("No sentence contains all of these words.")
        for hit in found.to_dict("records"):
            st.markdown("> " + plain(hit["text"]))
            st.page_link("pages/sources.py", label=plain(titles.get(hit["doc"], hit["doc"])),
                         icon=":material/article:",
                         query_params={"doc": hit["doc"], "at": f"{hit['start']}-{hit['end']}",
                                       "find": find.strip()})

current = params.get_one("doc", ids) or ids[0]
doc_id = st.selectbox("Article", ids, index=ids.index(current),
                      format_func=titles.get, key="source_doc")
if doc_id != current:
    params.put(doc=doc_id, fact=None, at=None)
else:
    params.put(doc=doc_id)

doc = data.document(doc_id)
facts = data.facts(docs=[doc_id], reviews="all")  # rejected ones too: they can be reviewed again
row = documents.set_index("id").loc[doc_id]
st.markdown(plain(citation(row["title"], row["outlet"], row["published"])),
            help=f"Stored as {plain(doc_id)}")
if doc.pages:
    st.caption(f"PDF of {len(doc.pages)} page(s): each fact shows the page its sentence "
               "starts on.")
if not language.is_readable(doc):
    st.warning(f"Written in {language.name(doc.language)} ({plain(doc.language)}): stored, "
               "but no facts are read from it (the rules read English).",
               icon=":material/translate:")

marked_id = params.get_int("fact")
marked = facts[facts["id"] == marked_id].to_dict("records") if marked_id else []
spans = [Span(s.start, s.end, "boilerplate") for s in doc.sentences if s.boilerplate]
spans += [Span(f["start"], f["end"], f["type"],
               f"{type_name(f['type'])}: {fact_text(f)} · {review.state_words(f)}")
          for f in facts.to_dict("records")]
anchor = None
if marked:
    anchor = f"fact-{marked[0]['id']}"
    spans.append(Span(marked[0]["start"], marked[0]["end"], "marked", anchor=anchor))
elif at := params.get_span("at"):
    if at[1] <= len(doc.text):
        anchor = f"at-{at[0]}"
        spans.append(Span(at[0], at[1], "marked", anchor=anchor))

reviewer = review.reviewer()
legend = "  ".join(f"**{type_name(t)}**" for t in TYPE_COLOURS if t in set(facts["type"]))
text_column, side = st.columns([3, 2])
with text_column:
    if legend:
        st.caption(f"Highlighted: {legend}. Grey text is boilerplate. Hover a highlight for "
                   "its value.")
    st.html(highlight(doc.text, spans))
with side, st.container(key="fact_list"):
    if marked:
        st.subheader("Linked fact")
        st.markdown(f"**{type_name(marked[0]['type'])}**: {plain(fact_text(marked[0]))}"
                    f"{page_label(marked[0])}")
        review.fact_panel(marked[0], key="src_review", name=reviewer)
    st.subheader(f"{len(facts)} facts in this article")
    if facts.empty:
        st.caption("No facts were extracted from this article.")
    for fact in facts.to_dict("records"):
        flag = " · boilerplate" if fact["boilerplate"] else ""
        flag += f" · {review.state_words(fact)}" if given(fact.get("review")) else ""
        st.page_link("pages/sources.py",
                     label=f"{type_name(fact['type'])} · {plain(fact_text(fact))}"
                           f"{page_label(fact)}{flag}",
                     query_params={"doc": doc_id, "fact": str(int(fact["id"]))})

    review.add_fact_form(doc_id, [(i, doc.text[s.start:s.end])
                                  for i, s in enumerate(doc.sentences)], key="src_add",
                         name=reviewer)

if anchor:
    st.iframe(
        f"""<script>
        const target = window.parent.document.getElementById("{anchor}");
        if (target) {{ target.scrollIntoView({{behavior: "smooth", block: "center"}}); }}
        </script>""", height=1)
