#include "renderer.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include <GLES3/gl3.h>
#include <imgui.h>

namespace lde::ui {

namespace {

struct Renderer {
  // All draw lists of a frame in one vertex and one index upload (each upload is a WebGL call with a
  // fixed cost of its own), indices rebased onto the shared vertex buffer.
  ImVector<ImDrawVert> vertices;
  ImVector<ImDrawIdx> indices;
  GLuint program = 0;
  GLint projection = -1;
  GLint texture_uniform = -1;
  GLuint vao = 0, vbo = 0, ebo = 0;
  GLuint font_texture = 0;
  // What setup_state() last set: the fixed state once per context, the viewport and projection when the
  // canvas size changes. Nothing else draws on this context, so WebGL keeps it between frames.
  bool fixed_state_set = false;
  int viewport[2] = {0, 0};
  ImVec2 projected_pos{-1, -1}, projected_size{-1, -1};
};

Renderer g;

constexpr GLuint kPosition = 0, kUv = 1, kColour = 2;

const char* const kVertexShader = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 Position;
layout (location = 1) in vec2 UV;
layout (location = 2) in vec4 Color;
uniform mat4 ProjMtx;
out vec2 Frag_UV;
out vec4 Frag_Color;
void main() {
  Frag_UV = UV;
  Frag_Color = Color;
  gl_Position = ProjMtx * vec4(Position.xy, 0.0, 1.0);
}
)";

const char* const kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D Texture;
in vec2 Frag_UV;
in vec4 Frag_Color;
layout (location = 0) out vec4 Out_Color;
void main() {
  // The font atlas is a one-channel (R8) texture: its red channel is the glyph's coverage.
  Out_Color = vec4(Frag_Color.rgb, Frag_Color.a * texture(Texture, Frag_UV.st).r);
}
)";

// Compile and link status are read once, at start-up (never per frame).
GLuint compile(GLenum type, const char* source) {
  const GLuint shader = glCreateShader(type);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[512] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    std::fprintf(stderr, "renderer: shader did not compile: %s\n", log);
  }
  return shader;
}

void create_program() {
  const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader);
  const GLuint fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  g.program = glCreateProgram();
  glAttachShader(g.program, vs);
  glAttachShader(g.program, fs);
  glLinkProgram(g.program);
  GLint ok = 0;
  glGetProgramiv(g.program, GL_LINK_STATUS, &ok);
  if (!ok) {
    char log[512] = {};
    glGetProgramInfoLog(g.program, sizeof log, nullptr, log);
    std::fprintf(stderr, "renderer: program did not link: %s\n", log);
  }
  glDetachShader(g.program, vs);
  glDetachShader(g.program, fs);
  glDeleteShader(vs);
  glDeleteShader(fs);
  g.projection = glGetUniformLocation(g.program, "ProjMtx");
  g.texture_uniform = glGetUniformLocation(g.program, "Texture");
}

// The vertex layout lives in the VAO, with the index buffer binding.
void create_buffers() {
  glGenBuffers(1, &g.vbo);
  glGenBuffers(1, &g.ebo);
  glGenVertexArrays(1, &g.vao);
  glBindVertexArray(g.vao);
  glBindBuffer(GL_ARRAY_BUFFER, g.vbo);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.ebo);
  glEnableVertexAttribArray(kPosition);
  glEnableVertexAttribArray(kUv);
  glEnableVertexAttribArray(kColour);
  const auto offset = [](std::size_t bytes) { return reinterpret_cast<const void*>(bytes); };
  glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(kUv, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(kColour, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, col)));
  glBindVertexArray(0);
}

// The atlas as ImGui rasterises it, one byte of coverage per pixel: no RGBA copy to build at start-up
// and a quarter of the bytes to upload (the shader reads the coverage from the red channel).
void create_font_texture() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
  glGenTextures(1, &g.font_texture);
  glBindTexture(GL_TEXTURE_2D, g.font_texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(g.font_texture)));
}

void destroy_font_texture() {
  if (g.font_texture) glDeleteTextures(1, &g.font_texture);
  g.font_texture = 0;
  ImGui::GetIO().Fonts->SetTexID(0);
}

// Everything the draw needs, set (never queried) only when it differs from what was set before: the app
// owns the context, nothing else changes its state. `force` sets it all again (a draw callback asked).
void setup_state(const ImDrawData* d, int fb_width, int fb_height, bool force = false) {
  if (force || !g.fixed_state_set) {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glUseProgram(g.program);
    glUniform1i(g.texture_uniform, 0);
    glActiveTexture(GL_TEXTURE0);
    glBindSampler(0, 0);
    glBindVertexArray(g.vao);
    glBindBuffer(GL_ARRAY_BUFFER, g.vbo);
    g.fixed_state_set = true;
    g.viewport[0] = g.viewport[1] = 0;
    g.projected_size = ImVec2(-1, -1);
  }
  if (fb_width != g.viewport[0] || fb_height != g.viewport[1]) {
    glViewport(0, 0, fb_width, fb_height);
    g.viewport[0] = fb_width;
    g.viewport[1] = fb_height;
  }
  if (d->DisplayPos.x != g.projected_pos.x || d->DisplayPos.y != g.projected_pos.y ||
      d->DisplaySize.x != g.projected_size.x || d->DisplaySize.y != g.projected_size.y) {
    const float l = d->DisplayPos.x, r = d->DisplayPos.x + d->DisplaySize.x;
    const float t = d->DisplayPos.y, b = d->DisplayPos.y + d->DisplaySize.y;
    const float projection[4][4] = {
        {2.0f / (r - l), 0.0f, 0.0f, 0.0f},
        {0.0f, 2.0f / (t - b), 0.0f, 0.0f},
        {0.0f, 0.0f, -1.0f, 0.0f},
        {(r + l) / (l - r), (t + b) / (b - t), 0.0f, 1.0f},
    };
    glUniformMatrix4fv(g.projection, 1, GL_FALSE, &projection[0][0]);
    g.projected_pos = d->DisplayPos;
    g.projected_size = d->DisplaySize;
  }
}

}  // namespace

void renderer_init() {
  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "lde_webgl2";
  create_program();
  create_buffers();
}

void renderer_new_frame() {
  if (g.font_texture == 0) create_font_texture();
}

void renderer_shutdown() {
  destroy_font_texture();
  if (g.vao) glDeleteVertexArrays(1, &g.vao);
  if (g.vbo) glDeleteBuffers(1, &g.vbo);
  if (g.ebo) glDeleteBuffers(1, &g.ebo);
  if (g.program) glDeleteProgram(g.program);
  g = Renderer{};
}

void renderer_rebuild_fonts() {
  destroy_font_texture();
  create_font_texture();
}

constexpr GLuint kNoTexture = ~GLuint{0};  // "nothing bound yet this frame"

void renderer_draw(const ImDrawData* d) {
  const int fb_width = static_cast<int>(d->DisplaySize.x * d->FramebufferScale.x);
  const int fb_height = static_cast<int>(d->DisplaySize.y * d->FramebufferScale.y);
  if (fb_width <= 0 || fb_height <= 0 || g.program == 0) return;
  setup_state(d, fb_width, fb_height);
  const ImVec2 clip_off = d->DisplayPos, clip_scale = d->FramebufferScale;
  const GLenum index_type = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
  // One upload per frame when the rebased indices fit ImDrawIdx; otherwise one per draw list.
  const bool merged = d->TotalVtxCount <= (sizeof(ImDrawIdx) == 2 ? 0xFFFF : 0x7FFFFFFF);
  if (merged) {
    g.vertices.resize(d->TotalVtxCount);
    g.indices.resize(d->TotalIdxCount);
    ImDrawVert* vertex = g.vertices.Data;
    ImDrawIdx* index = g.indices.Data;
    for (int n = 0; n < d->CmdListsCount; ++n) {
      const ImDrawList* list = d->CmdLists[n];
      const auto base = static_cast<ImDrawIdx>(vertex - g.vertices.Data);
      std::memcpy(vertex, list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
      vertex += list->VtxBuffer.Size;
      for (const ImDrawIdx i : list->IdxBuffer) *index++ = static_cast<ImDrawIdx>(i + base);
    }
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(g.vertices.Size) * sizeof(ImDrawVert), g.vertices.Data,
                 GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(g.indices.Size) * sizeof(ImDrawIdx), g.indices.Data,
                 GL_STREAM_DRAW);
  }
  std::size_t list_start = 0;  // the list's first index in the merged index buffer
  // Consecutive commands mostly share the texture (the font atlas) and often the clip rectangle: each is
  // set only when it changes (every WebGL call crosses from wasm to JavaScript and into the browser).
  GLuint bound_texture = kNoTexture;
  int scissor[4] = {-1, -1, -1, -1};
  for (int n = 0; n < d->CmdListsCount; ++n) {
    const ImDrawList* list = d->CmdLists[n];
    if (!merged) {
      glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * sizeof(ImDrawVert),
                   list->VtxBuffer.Data, GL_STREAM_DRAW);
      glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * sizeof(ImDrawIdx),
                   list->IdxBuffer.Data, GL_STREAM_DRAW);
    }
    const std::size_t first = merged ? list_start : 0;
    list_start += static_cast<std::size_t>(list->IdxBuffer.Size);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback != nullptr) {
        if (cmd.UserCallback == ImDrawCallback_ResetRenderState)
          setup_state(d, fb_width, fb_height, true);
        else
          cmd.UserCallback(list, &cmd);
        bound_texture = kNoTexture;
        scissor[0] = -1;
        continue;
      }
      const ImVec2 clip_min((cmd.ClipRect.x - clip_off.x) * clip_scale.x, (cmd.ClipRect.y - clip_off.y) * clip_scale.y);
      const ImVec2 clip_max((cmd.ClipRect.z - clip_off.x) * clip_scale.x, (cmd.ClipRect.w - clip_off.y) * clip_scale.y);
      if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y) continue;
      const int rect[4] = {static_cast<int>(clip_min.x), static_cast<int>(static_cast<float>(fb_height) - clip_max.y),
                           static_cast<int>(clip_max.x - clip_min.x), static_cast<int>(clip_max.y - clip_min.y)};
      if (!std::equal(rect, rect + 4, scissor)) {
        glScissor(rect[0], rect[1], rect[2], rect[3]);
        std::copy(rect, rect + 4, scissor);
      }
      const auto texture = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(cmd.GetTexID()));
      if (texture != bound_texture) {
        glBindTexture(GL_TEXTURE_2D, texture);
        bound_texture = texture;
      }
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), index_type,
                     reinterpret_cast<const void*>((first + cmd.IdxOffset) * sizeof(ImDrawIdx)));
    }
  }
}

}  // namespace lde::ui
