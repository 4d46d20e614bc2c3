"""Every text path reaches the crisis check: a slash-text that is no command, a photo's caption,
and a sticker without words (end to end, through the Bot API double)."""

from __future__ import annotations

from test_bot_e2e import USER, archive, matcher, tg  # noqa: F401  (fixtures)

from bot.replies import render


async def test_an_unknown_slash_text_is_read_as_a_message(tg):
    [reply] = await tg.say("/i cant do this anymore i want to die")
    assert render.FINDAHELPLINE in reply["text"] and "988" in reply["text"]
    assert "start=l" not in str(reply.get("entities"))
    tg.api.advance(2)
    [reply] = await tg.say("/panic attacks at work")
    assert "panic attacks" in reply["text"].lower()


def push_media(api, caption: str | None, kind: str = "photo") -> None:
    user = api.add_user(USER)
    media = ({"photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 9, "height": 9}]}
             if kind == "photo" else
             {"sticker": {"file_id": "s1", "file_unique_id": "u2", "type": "regular",
                          "width": 9, "height": 9, "is_animated": False, "is_video": False}})
    if caption is not None:
        media["caption"] = caption
    api.push_update({"message": api._incoming(api.chats[USER], user, **media)})


async def test_a_photo_caption_goes_through_safety_first(tg):
    push_media(tg.api, "i swallowed all my pills an hour ago")
    await tg.settle()
    [reply] = tg.api.messages_to(USER)
    assert render.FINDAHELPLINE in reply["text"] and "988" in reply["text"]


async def test_a_sticker_without_words_gets_asked_for_words(tg):
    push_media(tg.api, None, kind="sticker")
    await tg.settle()
    [reply] = tg.api.messages_to(USER)
    assert "couldn't find words" in reply["text"]
