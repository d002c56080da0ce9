"""What the pages share: cached data access (data.py), state in the URL
(params.py), safe rendering of article text (render.py) and the map (maps.py).
Only this package and the pages import Streamlit."""
